package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.source.SourceFile;

import java.util.List;

/**
 * PARSE result for one comparison definition: its structure checked, its names not yet resolved
 * (that needs the whole wiki, in the LINK stage).
 */
public record ParsedComparison(SourceFile source, String title, SourcePos titlePos, List<Name> subjects,
                               SourcePos subjectsPos, Text summary, List<Section> sections, List<String> tags,
                               List<Text> sources, boolean transposed) {
    public ParsedComparison {
        subjects = List.copyOf(subjects);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** A name as written, with where it was written. */
    public record Name(String text, SourcePos pos) {
    }

    /** Inline Markdown from a YAML value, with its links collected. */
    public record Text(String markdown, List<LinkRef> links, SourcePos pos) {
        public static final Text EMPTY = new Text("", List.of(), null);

        public Text {
            links = List.copyOf(links);
        }
    }

    /** @param values one per subject, or null when the row takes its values from the subjects' facts */
    public record Row(String label, SourcePos pos, List<Text> values, Text note) {
    }

    public record Section(String heading, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }
}
