package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeTest {
    @TempDir
    Path dir;

    private BuildResult buildWithTemplate(String name, String template) throws IOException {
        Fixture.write(dir.resolve("src"), """
                -- a.md --
                # Alpha
                Text of [[Beta]].
                -- b.md --
                # Beta
                Back to [[Alpha]].
                """);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve(name), template);
        return new LoreEngine().build(new BuildRequest(dir.resolve("src"), dir.resolve("out"), templates, dir, "T", "", false, 1));
    }

    @Test
    void templateErrorNamesTemplateLineColumnAndPageAndKeepsOutputUnwritten() throws IOException {
        BuildResult result = buildWithTemplate("article.ftlh", "<h1>${page.title}</h1>\n<p>${page.sumary}</p>\n");
        assertThat(result.written()).isFalse();
        // reported once, although both articles use the template
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0).format())
                .startsWith("templates/article.ftlh:2:6: error: 'page.sumary' is undefined or null (while rendering src/")
                .endsWith("[template.error]");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void templateSyntaxErrorIsReportedWithItsPosition() throws IOException {
        BuildResult result = buildWithTemplate("article.ftlh", "<h1>${page.title</h1>\n");
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics()).extracting(d -> d.rule()).containsExactly("template.syntax");
        assertThat(result.diagnostics().get(0).pos().path()).isEqualTo("templates/article.ftlh");
        assertThat(result.diagnostics().get(0).pos().line()).isEqualTo(1);
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheJavaApi() throws IOException {
        BuildResult newBuiltin = buildWithTemplate("article.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertThat(newBuiltin.written()).isFalse();
        assertThat(newBuiltin.diagnostics()).extracting(d -> d.rule()).contains("template.error");

        BuildResult api = buildWithTemplate("article.ftlh", "${page?api.getClass().getName()}\n");
        assertThat(api.written()).isFalse();
        assertThat(api.diagnostics().toString()).contains("api");
    }

    @Test
    void templatesCannotReachTheJavaApiThroughAViewsClass() throws IOException {
        for (String template : new String[]{"${page.class.protectionDomain}\n", "${page.getClass().getName()}\n", "${page.class.name}\n"}) {
            BuildResult result = buildWithTemplate("article.ftlh", template);
            assertThat(result.written()).as(template).isFalse();
            assertThat(result.diagnostics()).as(template).extracting(d -> d.rule()).contains("template.error");
        }
    }

    @Test
    void textIsHtmlEscapedButRenderedBodyIsNot() {
        Theme theme = new Theme(null, null);
        Diagnostics d = new Diagnostics();
        Map<String, Object> model = Map.of("page", new PageViews.NotFoundPage("<script>alert(1)</script>", "404.html"),
                "site", new PageViews.SiteView("A & B", "index.html", "a-z.html", "tags/index.html", "", java.util.List.of(), 0, ""),
                "root", "");
        String html = theme.render("404.ftlh", model, "test", d);
        assertThat(d.sorted()).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(html).contains("A &amp; B");
    }

    @Test
    void userTemplateShadowsOnlyItsOwnFile() throws IOException {
        BuildResult result = buildWithTemplate("article.ftlh", "<!DOCTYPE html><title>${page.title}</title><main>CUSTOM ${page.bodyHtml?no_esc}</main>\n");
        assertThat(result.written()).as(result.diagnostics().toString()).isTrue();
        assertThat(Fixture.read(dir.resolve("out/a.html"))).contains("CUSTOM");
        assertThat(Fixture.read(dir.resolve("out/index.html"))).doesNotContain("CUSTOM").contains("class=\"site-header\"");
    }

    @Test
    void theBodyIsTheSameWrittenAsADirectiveOrAsAStringWithNonLatin1Text() throws IOException {
        String template = "<#if page.bodyHtml?has_content><main>[<@page.bodyHtml/>][${page.bodyHtml?no_esc}]</main></#if>\n";
        Fixture.write(dir.resolve("src"), """
                -- a.md --
                # Alpha
                Caf\u00e9 \u2014 \u65e5\u672c \ud83d\ude00, see [[Beta#Part]].
                -- b.md --
                # Beta
                ## Part
                Back.
                """);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("article.ftlh"), template);
        BuildResult result = new LoreEngine().build(new BuildRequest(dir.resolve("src"), dir.resolve("out"), templates, dir, "T", "", false, 1));
        assertThat(result.written()).as(result.diagnostics().toString()).isTrue();
        String page = Fixture.read(dir.resolve("out/a.html"));
        String body = page.substring(page.indexOf('[') + 1, page.indexOf("]["));
        assertThat(body).contains("Caf\u00e9 \u2014 \u65e5\u672c \ud83d\ude00", "Beta \u203a Part");
        assertThat(page).isEqualTo("<main>[" + body + "][" + body + "]</main>\n");
    }

    @Test
    void theBodyDirectiveTakesNoParameters() throws IOException {
        BuildResult result = buildWithTemplate("article.ftlh", "<@page.bodyHtml x=1/>\n");
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics().get(0).format()).contains("templates/article.ftlh:1:", "takes no parameters");
    }
}
