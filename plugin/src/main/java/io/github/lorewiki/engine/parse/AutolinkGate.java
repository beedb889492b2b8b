package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.nio.charset.StandardCharsets;

/**
 * flexmark's {@link AutolinkExtension} with a cheap gate per text node. flexmark unescapes every text
 * node and runs a regex and a link extractor over it; here that happens only for nodes that could hold
 * a link, and flexmark's own post-processor does it, so every tree is the same as with the stock extension.
 */
final class AutolinkGate implements Parser.ParserExtension {
    private final AutolinkExtension autolinks = AutolinkExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        autolinks.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Asks for the same nodes as flexmark's factory: every Text node, with no exclusions. */
    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Gate(document);
        }
    }

    /** One per document; flexmark's post-processor is made on the first node that needs it. */
    private static final class Gate extends NodePostProcessor {
        private final Document document;
        private AutolinkNodePostProcessor autolinks;

        Gate(Document document) {
            this.document = document;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (!mayHoldLink(node)) return;
            if (autolinks == null) autolinks = new AutolinkNodePostProcessor(document);
            autolinks.process(state, node);
        }
    }

    /**
     * flexmark joins a text node with a following entity or typographic node before looking for links,
     * so such nodes always go to it. Otherwise it looks at the node's text, unescaped; text with no
     * backslash or '&' is its own unescaped form, and a link needs '@', "://" or "www." in it.
     */
    static boolean mayHoldLink(Node node) {
        Node next = node.getNext();
        if (next instanceof HtmlEntity || next instanceof TypographicText) return true;
        BasedSequence chars = node.getChars();
        // a plain slice of the document is read from the document's String: much faster than through the slice
        if (chars instanceof SubSequence && chars.getBase() instanceof String document) {
            return mayHoldLink(document, chars.getStartOffset(), chars.getEndOffset());
        }
        return mayHoldLink(chars, 0, chars.length());
    }

    /**
     * {@link #mayHoldLink(CharSequence)} for a whole document, in one pass over its Latin-1 bytes: a Latin-1
     * String copies out in bulk, and in the C1-compiled engine a loop over bytes costs far less than a search per
     * character sought. A character beyond Latin-1 becomes '?', which no link search starts at.
     */
    static boolean mayHoldLink(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (!MARKS[c]) continue;
            if (c == '@' || c == '\\' || c == '&') return true;
            if (c == ':' && i + 2 < b.length && b[i + 1] == '/' && b[i + 2] == '/') return true;
            if (c == '.' && i >= 3 && isW((char) b[i - 1]) && isW((char) b[i - 2]) && isW((char) b[i - 3])) return true;
        }
        return false;
    }

    /** The characters a link search may start from: '@', '\\', '&', the ':' of "://" and the '.' of "www.". */
    private static final boolean[] MARKS = new boolean[256];

    static {
        for (char c : "@\\&:.".toCharArray()) MARKS[c] = true;
    }

    /** Whether flexmark's link search could find anything in this text (ignoring what follows it). */
    static boolean mayHoldLink(CharSequence text) {
        return mayHoldLink(text, 0, text.length());
    }

    /** The same for the characters from {@code from} to {@code to}, as if they were all the text. */
    private static boolean mayHoldLink(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '\\' || c == '&') return true;
            if (c == ':' && i + 2 < to && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
            if (c == '.' && i - 3 >= from && isW(text.charAt(i - 1)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 3))) return true;
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }
}
