package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.parse.ParsedComparison.Row;
import io.github.lorewiki.engine.parse.ParsedComparison.Section;
import io.github.lorewiki.engine.parse.ParsedComparison.Text;
import io.github.lorewiki.engine.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the comparison parser tests share: one definition file, its diagnostics, and readable accessors. */
abstract class ComparisonParsing {
    static final String PATH = "src/wiki/comparisons/a-vs-b.yml";
    static final SourceFile SOURCE = new SourceFile(Path.of(PATH), "comparisons/a-vs-b.yml", PATH);
    final Diagnostics diagnostics = new Diagnostics();

    Optional<ParsedComparison> parse(String yaml) {
        return new ComparisonParser().parse(SOURCE, yaml, diagnostics);
    }

    ParsedComparison parsed(String yaml) {
        Optional<ParsedComparison> c = parse(yaml);
        assertThat(problems()).as("no problems").isEmpty();
        assertThat(c).isPresent();
        return c.get();
    }

    List<String> problems() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    static List<String> labels(Section s) {
        return s.rows().stream().map(Row::label).toList();
    }

    static List<String> markdown(List<Text> values) {
        return values.stream().map(Text::markdown).toList();
    }

    static SourcePos at(int line, int column) {
        return new SourcePos(PATH, line, column);
    }
}
