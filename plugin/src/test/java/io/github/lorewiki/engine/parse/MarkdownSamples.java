package io.github.lorewiki.engine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Markdown that exercises what Lore's parser gates: tables and things that look like them, bare links
 * and things that nearly are, headings, thematic breaks, fences and lists in all positions and things
 * that nearly are, next to the rest of the dialect. Fragments are also shuffled together,
 * with a fixed seed, since the gates act per document, per paragraph and per text node.
 */
final class MarkdownSamples {
    private MarkdownSamples() {
    }

    static final List<String> FRAGMENTS = List.of(
            // tables
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "a | b\n--- | ---\n1 | 2",
            "| left | centre | right |\n| :--- | :---: | ---: |\n| 1 | 2 | 3 |\n| 4 | 5 |\n| 6 | 7 | 8 | 9 |",
            "| one column |\n| --- |\n| x |",
            "| a | b |\n|---|\n| 1 | 2 |",
            "| a |\n|---|---|\n| 1 |",
            "| a \\| not a column | b |\n|---|---|\n| `code | pipe` | [[Page|label]] |",
            "Header | with `a | b` code\n--- | ---\nx | y",
            "  | indented | table |\n  |---|---|\n  | 1 | 2 |",
            "| a | b |\n  |---|---|\n| 1 | 2 |",
            "text first\n| a | b |\n|---|---|\n| 1 | 2 |",
            "| a | b |\n|---|---|\n| 1 | 2 |\nlazy line without pipes\n| 3 | 4 |",
            "| a | b |\n| - | - |\n| 1 | 2 |",
            "| a | b |\n|:-:|:-:|",
            "|---|---|\n| 1 | 2 |",
            "- | not | a table\n- | --- | ---",
            "> | a | b |\n> |---|---|\n> | 1 | 2 |",
            "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |",
            "a | b\n-\nsetext?",
            "a | b\n---",
            "pipes | everywhere | but | no | separator\nmore | pipes",
            "---|---\n:--|--:",
            "| https://example.org | www.example.com |\n|---|---|\n| a@b.org | *x* |",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n[ref]: https://example.org/ref",
            "[ref2]: <https://example.org/r2> \"t\"\n| a | b |\n|---|---|\n| [x][ref2] | 2 |",
            "Term | Def\n--- | ---\n**bold** | ~~gone~~ |",
            // links, addresses and near misses
            "Visit https://example.org/x?y=1#z today.",
            "Or www.example.org, or WWW.Example.org, or wWw.mixed.org.",
            "Mail team@example.org now, or <me@example.org>.",
            "An escaped http:\\/\\/example.org and www\\.example.org and a\\@b.org.",
            "Escaped slashes alone: http:\\/\\/example.org",
            "An escaped dot alone: www\\.example.org",
            "Entities next to links: http://a&#46;example.org/x&amp;y and www&#46;example.org",
            "Entities: user&#64;example.org, http&#58;//example.org, &lt;tag&gt; and R&D.",
            "Scheme only: ftp:// and mailto: and x://y and ://",
            "A dot...everywhere.w.ww.www and www. and .www",
            "ww.example.org and w.example.org and awww.example.org",
            "Time 10:30, ratio 1:2, path a/b//c, colon: slash //",
            "A link [text](https://example.org) and ![img](pic.png \"t\") and <https://auto.example.org>.",
            "`code https://in.code.org` and ``www.code.org``",
            "<a href=\"https://example.org\">html</a> and <span>www.example.org</span>",
            "*emphasis https://example.org/em* and **www.strong.org**",
            "Footnote[^1] with a link.\n\n[^1]: See https://example.org/foot and team@example.org.",
            "[[Wiki Page]] and [[Target|label https://example.org]] and ![[Image.png]] and [[Page#Anchor|x]]",
            "Line one\nwww.example.org on line two\nthird@line.org",
            "Hard  \nbreak https://example.org\\\nand backslash break",
            "email@with-dash.example.co.uk, first.last+tag@example.org.",
            "Punctuation after links: (https://example.org), https://example.org., 'www.example.org'",
            // the rest of the dialect
            "# Heading with https://example.org\n\nSetext\n======\n\n## Second ##",
            "- [ ] task\n- [x] done www.example.org\n    - [ ] nested task",
            "1. one\n2. two\n   - nested\n     - deeper | with pipe\n3. three",
            "Term\n: definition with a@b.org\n\nOther term\n: first\n: second",
            "> quote with https://example.org\n> > nested | quote",
            "```java\nString s = \"a | b\"; // https://example.org\n```",
            "    indented code www.example.org\n    | a | b |",
            "<div>\n| a | b |\n|---|---|\n</div>",
            "<!-- comment https://example.org -->",
            "~~strike www.example.org~~ and ~~plain~~",
            "***\n\n---\n\n___",
            "Text with trailing pipe |\nand another | here",
            "\\| escaped pipe at start | b\n--- | ---",
            // block starts: headings, thematic breaks, fences, lists, in all positions
            "# h1\n## h2\n###### h6\n####### seven\n#no space\n#hashtag text\n#\n# \n#    \n## closing ##\n### closing# not\n#### trailing ####   \nText ### not closing",
            "Para\n# heading interrupts\npara again\n===\n",
            "Setext 1\n===\nSetext 2\n---\nNot setext\n- - -\nLine\n  ---  \nLine\n    ---\nLine\n--- x",
            "Para\n\n---\n\n***\n___\n * * *\n-- \n--\n=\n=",
            "- item\n  # heading in item\n- item\n  text\n  ---\n- # heading item\n- ---\n-\n  ---\n- para\n---",
            "> # quoted heading\n> para\n> ===\n> para\n---\n>\n> ---\n> lazy\n===",
            "1. item\ntext\n---\n2. item\n   text\n   ===",
            "Term\n: def\n---\nTerm 2\n: def\n# h",
            "    # indented code\n   # three spaces\n\t# tab\n  ## two\n # one",
            "\\# escaped\n\\---\n\\=\n\\```",
            "```\n# in code\n---\n===\n```\n~~~\n===\n~~~\n``` js ```\n````\n```\n````\n``not fence``\n```unclosed\n# h",
            "<div>\n# in html\n---\n</div>\n# after",
            "| a | b |\n|---|---|\n# heading after table\n| c |\n---",
            "[^1]: note\n    # heading in footnote\n    ---\n\n[^2]: x\n---",
            "Para ending with #\n#\nPara\n##### \nPara\n-\nPara\n=",
            "* * *\n*\n**\n***\n_ _ _\n- - - -\n-\t-\t-\n__\n***bold***\n___x___",
            "= heading?\n==\n===text\nParagraph\n=== trailing\nParagraph\n--- trailing\nParagraph\n==  \t",
            "# Heading\n===\n## H\n---\n# H\n- x",
            "- a\n- b\n\n  ---\n-\n\n1) one\n2. two\n+ plus\n* star\n- [ ] task\n  ===",
            "~~~ lang\n~~~~\n~~~\n~~~~strike~~~~\n~ one\n~~ two ~~",
            "#\tTab heading\n-\t-\t-\n>\t# q\n\t---\n  \t# h",
            "#\u00A0nbsp\n\u00A0# nbsp first\n\u3000---",
            "Title\r\n===\r\n# H\r\n---\r\nText\r\n---\r\n\r\n```\r\nx\r\n```\r\n",
            "Text\n  # h\n> a\n# b\n> c\n---\n***\n> d\n```\ncode\n```",
            "- a\n  > # q\n  > ---\n  > t\n  ---\n  ```\n  c\n  ```\n# out",
            // line terminators a regex's $ knows but flexmark does not split lines at
            "#\u2028\nPara\n---\u2028\nPara\n===\u2029\n# x\u0085\n***\u2028\n##\u2028x\nPara\n- \u2028",
            "Para\n--- \u0085\n###### \u2029\n####### \u2028\n_ _ _\u0085",
            // list items interrupting paragraphs, or not, and lazy lines that look like items
            "Para\n1. one\nPara\n2. two\nPara\n- dash\nPara\n-\nPara\n10) ten\n1234567890. too long\n+ plus\n*star\n1.no space",
            "- a\nlazy\n- b\n  - c\nlazy - d\n  1. e\n2) f\n* g\n\n\n- after two blanks\n-\tTab item\n  * inner\n    + deeper\n-5. minus",
            "> - quoted item\n> lazy\n- item\n> quote\n1. x\n   # h\n   ---\n   ```\n   c\n   ```",
            // footnotes and things that nearly are
            "Text[^1] and[^ two].\n\n[^1]: one\n   [^ two]: two\n[^]: empty\n[ ^3]: no\n\\[^4]: escaped\n> [^5]: quoted\n- [^6]: listed\n[^7]:x\n[^x]");

    /** Every fragment alone, then shuffled documents of several fragments each. */
    static List<String> documents() {
        List<String> docs = new ArrayList<>(FRAGMENTS);
        Random random = new Random(20261129);
        for (int i = 0; i < 300; i++) {
            StringBuilder doc = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                doc.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                // blank line, single newline (fragments run together) or none at the very end
                doc.append(random.nextInt(3) == 0 ? "\n" : "\n\n");
            }
            docs.add(random.nextBoolean() ? doc.toString() : doc.toString().strip());
        }
        return docs;
    }
}
