package io.github.lorewiki.engine.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Golden slugs. Slugs are part of every public URL and anchor: a change here breaks links into existing
 * sites, so a failing case here means "do not change the algorithm", not "update the table".
 */
class SlugTest {

    static Stream<Arguments> golden() {
        return Stream.of(
                // ASCII
                arguments("Hello", "hello"),
                arguments("Hello World", "hello-world"),
                arguments("already-a-slug", "already-a-slug"),
                arguments("CamelCaseTitle", "camelcasetitle"),
                arguments("Version 2.0", "version-2-0"),
                arguments("1. Introduction", "1-introduction"),
                arguments("snake_case_name", "snake-case-name"),
                arguments("path/to/page", "path-to-page"),
                arguments("file.name.md", "file-name-md"),
                // whitespace
                arguments("  Multiple   spaces  ", "multiple-spaces"),
                arguments("tab\tand\nnewline", "tab-and-newline"),
                arguments("a - b -- c", "a-b-c"),
                arguments("--leading and trailing--", "leading-and-trailing"),
                arguments("a_-_b", "a-b"),
                // punctuation is dropped without a separator
                arguments("What's new?", "whats-new"),
                arguments("Don\u2019t panic", "dont-panic"),
                arguments("\"Quoted\" (and bracketed) [x]", "quoted-and-bracketed-x"),
                arguments("C++ & Java", "c-java"),
                arguments("Q&A", "qa"),
                arguments("100% sure!", "100-sure"),
                arguments("e-mail@example.com", "e-mailexample-com"),
                arguments("pre\u2014war", "prewar"),
                arguments("emoji \uD83C\uDF89 party", "emoji-party"),
                // Unicode letters and digits are kept, lowercased
                arguments("\u00d6konomie", "\u00f6konomie"),
                arguments("Stra\u00dfe", "stra\u00dfe"),
                arguments("Caf\u00e9 Cr\u00e8me", "caf\u00e9-cr\u00e8me"),
                arguments("\u65e5\u672c\u8a9e", "\u65e5\u672c\u8a9e"),
                arguments("\u65e5\u672c\u8a9e\u306e\u30da\u30fc\u30b8", "\u65e5\u672c\u8a9e\u306e\u30da\u30fc\u30b8"),
                arguments("\u0391\u03b8\u03ae\u03bd\u03b1", "\u03b1\u03b8\u03ae\u03bd\u03b1"),
                arguments("\u041c\u043e\u0441\u043a\u0432\u0430 2024", "\u043c\u043e\u0441\u043a\u0432\u0430-2024"),
                arguments("\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"),
                arguments("\u0968\u0966\u0968\u096a", "\u0968\u0966\u0968\u096a"),
                // decomposed (NFD) input is composed (NFC)
                arguments("O\u0308konomie", "\u00f6konomie"),
                arguments("Cafe\u0301", "caf\u00e9"),
                // nothing left
                arguments("", "section"),
                arguments("   ", "section"),
                arguments("?!", "section"),
                arguments("---", "section"));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @MethodSource("golden")
    void slugIsPinned(String input, String expected) {
        assertThat(Slug.of(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("golden")
    void slugIsStableAndNormalized(String input, String ignored) {
        String slug = Slug.of(input);
        assertThat(Slug.of(slug)).as("a slug is its own slug").isEqualTo(slug);
        assertThat(Normalizer.isNormalized(slug, Normalizer.Form.NFC)).isTrue();
        assertThat(slug).doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
    }

    @Test
    void composedAndDecomposedInputsGiveTheSameSlug() {
        String composed = "R\u00e9sum\u00e9 \u00fcber Na\u00efve";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(Slug.of(decomposed)).isEqualTo(Slug.of(composed)).isEqualTo("r\u00e9sum\u00e9-\u00fcber-na\u00efve");
    }

    @Test
    void lowercasingDoesNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(Slug.of("TITLE")).isEqualTo("title");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void namesCompareIgnoringCaseSpacingHyphensAndNormalization() {
        assertThat(Slug.key("Organizational-Memory")).isEqualTo(Slug.key("  organizational   memory "))
                .isEqualTo(Slug.key("organizational_memory"));
        assertThat(Slug.key("Cafe\u0301")).isEqualTo(Slug.key("caf\u00e9"));
        assertThat(Slug.key("Memory")).isNotEqualTo(Slug.key("Memories"));
    }
}
