package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.model.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What the front-matter tests share: one article path, its diagnostics, and readable accessors. */
abstract class FrontMatterParsing {
    static final String PATH = "src/page.md";
    final FrontMatterParser parser = new FrontMatterParser();
    final Diagnostics diagnostics = new Diagnostics();

    FrontMatterParser.Split parse(String text) {
        return parser.parse(text, PATH, diagnostics);
    }

    FrontMatter frontMatter(String text) {
        return parse(text).frontMatter();
    }

    List<String> problems() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    String body(String text) {
        return text.substring(parse(text).bodyOffset());
    }
}
