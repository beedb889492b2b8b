package io.github.lorewiki.engine.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutputPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "page.md,                          page.html",
            "My Page.md,                       my-page.html",
            "concepts/Organizational Memory.md, concepts/organizational-memory.html",
            "Travel Notes/index.md,            travel-notes/index.html",
            "INDEX.md,                         index.html",
            "a/b/c/Deep.MD,                    a/b/c/deep.html",
            "\u00d6konomie/Gr\u00fcnde.md,      \u00f6konomie/gr\u00fcnde.html",
            "what's new?.md,                   whats-new.html",
    })
    void articleBecomesSluggedHtmlFile(String source, String output) {
        assertThat(OutputPaths.article(source)).isEqualTo(output);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "logo.png,                      logo.png",
            "img/My Photo.JPG,              img/My Photo.JPG",
            "Travel Notes/maps/Route 1.pdf, travel-notes/maps/Route 1.pdf",
    })
    void assetKeepsItsNameInsideSluggedFolders(String source, String output) {
        assertThat(OutputPaths.asset(source)).isEqualTo(output);
    }

    @Test
    void categoriesAndTagsHaveFixedPlaces() {
        assertThat(OutputPaths.category("")).isEqualTo("index.html");
        assertThat(OutputPaths.category("Travel Notes/Far East")).isEqualTo("travel-notes/far-east/index.html");
        assertThat(OutputPaths.tag("Data Science")).isEqualTo("tags/data-science.html");
        assertThat(OutputPaths.folder("")).isEmpty();
        assertThat(OutputPaths.folder("A B/c")).isEqualTo("a-b/c/");
        assertThat(OutputPaths.folderOf("a/b/c.md")).isEqualTo("a/b");
        assertThat(OutputPaths.folderOf("c.md")).isEmpty();
    }

    @ParameterizedTest(name = "from {0} to {1}#{2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // same folder
            "a.html            | b.html                | ''       | b.html",
            "x/a.html          | x/b.html              | ''       | b.html",
            "x/y/a.html        | x/y/b.html            | ''       | b.html",
            // up
            "x/a.html          | b.html                | ''       | ../b.html",
            "x/y/a.html        | b.html                | ''       | ../../b.html",
            "x/y/a.html        | x/b.html              | ''       | ../b.html",
            // down
            "a.html            | x/b.html              | ''       | x/b.html",
            "a.html            | x/y/b.html            | ''       | x/y/b.html",
            "x/a.html          | x/y/b.html            | ''       | y/b.html",
            // sideways
            "x/a.html          | y/b.html              | ''       | ../y/b.html",
            "x/y/a.html        | x/z/b.html            | ''       | ../z/b.html",
            "x/y/a.html        | z/w/b.html            | ''       | ../../z/w/b.html",
            // folder named like a page
            "x.html            | x/b.html              | ''       | x/b.html",
            "x/b.html          | x.html                | ''       | ../x.html",
            // same name in different folders
            "x/index.html      | y/index.html          | ''       | ../y/index.html",
            "x/index.html      | index.html            | ''       | ../index.html",
            // anchors
            "a.html            | b.html                | part     | b.html#part",
            "x/a.html          | y/b.html              | part-one | ../y/b.html#part-one",
            "x/a.html          | x/b.html              | null     | b.html",
            // the same page
            "a.html            | a.html                | part     | #part",
            "x/y/a.html        | x/y/a.html            | part     | #part",
            "x/a.html          | x/a.html              | ''       | a.html",
            // encoding
            "a.html            | img/My Photo.png      | ''       | img/My%20Photo.png",
            "x/a.html          | docs/Q&A #1?.pdf      | ''       | ../docs/Q&A%20%231%3F.pdf",
            "a.html            | 100%.png              | ''       | 100%25.png",
            "a.html            | \u00f6konomie/gr\u00fcnde.html | '' | \u00f6konomie/gr\u00fcnde.html",
    })
    void relativeUrlBetweenOutputPaths(String from, String to, String anchor, String expected) {
        assertThat(OutputPaths.relative(from, to, anchor)).isEqualTo(expected);
    }

    @Test
    void relativeUrlsResolveBackToTheTarget() {
        String[] paths = {"index.html", "a.html", "x/index.html", "x/a.html", "x/y/b.html", "z/c.html", "x.html"};
        for (String from : paths) {
            for (String to : paths) {
                String rel = OutputPaths.relative(from, to, "");
                String resolved = java.net.URI.create("http://h/" + from).resolve(rel).getPath().substring(1);
                assertThat(resolved).as("from %s to %s via %s", from, to, rel).isEqualTo(to);
            }
        }
    }

    @Test
    void rootPrefixLeadsBackToTheSiteRoot() {
        assertThat(OutputPaths.root("index.html")).isEmpty();
        assertThat(OutputPaths.root("x/a.html")).isEqualTo("../");
        assertThat(OutputPaths.root("x/y/a.html")).isEqualTo("../../");
    }
}
