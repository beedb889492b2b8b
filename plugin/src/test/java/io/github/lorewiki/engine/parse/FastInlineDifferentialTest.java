package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lore's fast inline path against flexmark's own inline parser: for prose it takes and prose it must
 * leave alone, the same tree node for node, with every node's parts (markers, link parts, text).
 */
class FastInlineDifferentialTest {
    private static final Parser STOCK = Parser.builder(Markdown.OPTIONS).build();

    /** Inline prose around the edges of what the fast path takes. */
    static final List<String> CASES = List.of(
            // emphasis and strikethrough, and the flanking rules around them
            "*a* and **b** and ~~c~~", "*a**", "**a*", "a*b*c", "a**b**c", "*a *b* c*", "**a *b* c**",
            "* a*", "*a *", "(*a*)", "*a*.", "\"*a*\"", "**a** b **c**", "***a***", "*a\nb*", "~a~", "~~~a~~~",
            "a~~b~~c", "*é*", "é*a*", "*a*é", "_a_ and __b__", "snake_case_word", "*a", "a*", "**", "a ** b",
            "*[[Page]]*", "**a `c` b**", "*a* *b*", "*a**b*", "**a**b**", "x *y*z", "*(a)*", "*a*(b)",
            "a * b * c", "~~a~~~~b~~", "*a*~~b~~", "~~*a*~~", "*~~a~~*", "a\t*b*",
            // code spans
            "`a` and `b_c`", "``a`b``", "`a", "`a\nb`", "` a `", "``", "a`b`c", "```a```", "`` a ` b ``",
            "`[[Page]]` and `*x*`", "`a\\`b`",
            // line breaks
            "a  \nb", "a \nb", "a\t \nb", "a\\\nb", "a   \n   b", "*a*  \nb", "a\r\nb", "a \t\nb", "a\t\nb",
            "*a* \nb", "[[Page]]  \nb", "a\n  b\n    c", "line\nline\nline",
            // wikilinks
            "[[Page]]", "[[Page|label]]", "[[Page#Part]]", "[[Page#Part|label]]", "[[ Page ]]", "[[Page|]]",
            "[[|label]]", "[[Page]]]", "[[[Page]]", "[[Page]](x)", "[[Page]][b]", "[[^1]]", "![[Image.png]]",
            "[[Page\nNext]]", "[[Page *b*]]", "[[A]] [[B]]", "x[[A]]y", "[[A|b|c]]", "[[A#]]", "[[#x]]",
            "[[A]] (x)", "[[]]", "[[A]", "[A]]", "[[A|b]]: c", "[[A&amp;B]]", "[[A \\| B]]",
            // footnotes
            "a[^1]\n\n[^1]: note", "a[^9] undefined", "[^1][^2]\n\n[^1]: x\n[^2]: y", "[^ 1]", "[^]", "[^1](x)",
            "a[^1] and again[^1]\n\n[^1]: *note* with [[Page]]", "[^a b]\n\n[^a b]: spaced",
            // things left to flexmark, next to things taken
            "a ! b!", "![x](y)", "&amp; and a & b", "<b>bold</b>", "\\*not\\*", "[x](y)", "[x]", "[x][y]",
            "http://example.org and www.example.org", "a: b | c - d", "[ref]: /url\n\n[ref] and [[Page]]",
            // blocks around inline content
            "# *a* [[B]] `c`", "## Title ##", "- *a*\n- [[B|c]]\n  continued `x`", "1. a\n2. **b**",
            "- [ ] task *a*\n- [x] done", "> quote *a*\n> second [[B]]", "Term\n: def *a* [[B]]",
            "| *a* | [[B|c]] |\n|---|---|\n| `d` | e |\n\nthen a: b - c | d", "Setext *a*\n---",
            "    code *a*", "```\n*a*\n```");

    @Test
    void sameTreesAsFlexmarkForTheEdgeCases() {
        for (String markdown : CASES) assertSame(markdown);
    }

    @Test
    void sameTreesForRandomProse() {
        // random runs of the tokens the fast path decides on, in one document each, with the notes defined
        String[] tokens = {"a", "b", " ", " ", "  ", "*", "**", "~~", "~", "`", "_", "[[Page]]", "[[Page|x]]",
                "[^1]", "[^2]", "\n", "  \n", "!", "é", ".", "(", ")", "[", "]", "|", ":", "-", "&", "\\", "\t"};
        // and of the tokens it takes, so that most documents do take the fast path
        String[] taken = {"a", "b", " ", " ", "  ", "*", "**", "~~", "`x`", "[[Page]]", "[[Page#P|x]]", "[^1]",
                "\n", "  \n", ".", "(", ")", "é", "!", ":"};
        Random random = new Random(42);
        for (String[] alphabet : List.of(tokens, taken)) {
            for (int i = 0; i < 4000; i++) {
                StringBuilder doc = new StringBuilder();
                for (int n = 1 + random.nextInt(14); n > 0; n--) doc.append(alphabet[random.nextInt(alphabet.length)]);
                doc.append("\n\n[^1]: note\n");
                assertSame(doc.toString());
            }
        }
    }

    @Test
    void theFastPathTakesOrdinaryProse() {
        // without this the comparisons above could pass with every block going to flexmark
        boolean[] plain = FastInlineParser.plainCharacters(delimiters());
        LinkRefProcessor any = new AnyLinkRef(); // the plan only asks whether there is one
        InlinePlan plan = new InlinePlan();
        List<String> taken = new ArrayList<>();
        for (String prose : List.of("Plain text, with: punctuation - and | pipes.", "*a* and **b** and ~~c~~.",
                "See [[Page]], [[Page#Part|the part]] and a note[^1].", "Code `a_b` and a  \nhard break\nand a soft one.",
                "(*a*) \"**b**\" *c*.", "Wow! Unicode é ü ≠ 😀 is text.")) {
            if (plan.read(prose, 0, prose.length(), plain, (s, e, nested) -> any)) taken.add(prose);
        }
        assertThat(taken).hasSize(6);
        for (String refused : List.of("a\\*b", "a &amp; b", "<b>x</b>", "[x](y)", "![x](y)", "*a *b* c*", "_a_",
                "a*b*c", "`a\nb`", "*a\nb*", "a\r\nb")) {
            assertThat(plan.read(refused, 0, refused.length(), plain, (s, e, nested) -> any)).as(refused).isFalse();
        }
    }

    private static final class AnyLinkRef implements LinkRefProcessor {
        public boolean getWantExclamationPrefix() {
            return false;
        }

        public int getBracketNestingLevel() {
            return 0;
        }

        public boolean isMatch(BasedSequence nodeChars) {
            return true;
        }

        public Node createNode(BasedSequence nodeChars) {
            throw new UnsupportedOperationException();
        }

        public BasedSequence adjustInlineText(Document document, Node node) {
            throw new UnsupportedOperationException();
        }

        public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
            return false;
        }

        public void updateNodeElements(Document document, Node node) {
        }
    }

    private static BitSet delimiters() {
        BitSet delimiters = new BitSet();
        delimiters.set('*');
        delimiters.set('_');
        delimiters.set('~');
        return delimiters;
    }

    private static void assertSame(String markdown) {
        Document stock = STOCK.parse(markdown);
        Document lore = Markdown.parse(markdown);
        assertThat(TreeDump.of(lore)).as("tree of:\n%s", markdown).isEqualTo(TreeDump.of(stock));
    }
}
