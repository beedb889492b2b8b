package io.github.lorewiki.engine.parse;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Front matter as nearly every article writes it, composed without SnakeYAML, which costs more than
 * the rest of reading an article's header. Only a flat mapping is understood, one entry per line:
 * <pre>
 * key: plain text, 'single' or "double" quoted text, or nothing
 * key: [flow, list, 'of', "scalars"]
 * key:
 *   - block list item (also written without indent)
 * # comments, blank lines
 * </pre>
 * The result is the node tree SnakeYAML composes for the same text: same classes, tags (from the
 * same resolver), values, styles and start positions. Anything else, or anything in doubt (tabs,
 * escapes, multi-line values, anchors, tags, nesting, unusual characters), gives no result, and the
 * caller lets SnakeYAML read the text, with its diagnostics.
 */
final class FlatYaml {
    private static final ScalarResolver RESOLVER = YamlSource.SETTINGS.getSchema().getScalarResolver();
    /** Characters that give a plain scalar's first character a meaning of its own in YAML. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final int[] NO_BUFFER = new int[0];
    private static final int MAX_LENGTH = 64 * 1024;
    private static final int MAX_KEY = 1000;

    private final String yaml;
    /** Start of the current line, its number (0-based, as in SnakeYAML marks) and its end ('\n' or the text's end). */
    private int lineStart;
    private int line;
    private int lineEnd;

    private FlatYaml(String yaml) {
        this.yaml = yaml;
    }

    /** The root mapping, or empty when the text is not flat front matter and needs SnakeYAML. */
    static Optional<Node> compose(String yaml) {
        if (yaml.length() > MAX_LENGTH || !plainCharacters(yaml)) return Optional.empty();
        try {
            return Optional.ofNullable(new FlatYaml(yaml).mapping());
        } catch (NotFlat e) {
            return Optional.empty();
        }
    }

    /**
     * Only printable characters of the Basic Multilingual Plane and '\n': SnakeYAML rejects other
     * control characters, counts columns in code points, and treats some others as line breaks.
     */
    private static boolean plainCharacters(String yaml) {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n') continue;
            if (c < 0xA0 || c >= 0xD800 && c <= 0xDFFF || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) return false;
        }
        return true;
    }

    private MappingNode mapping() {
        List<NodeTuple> entries = new ArrayList<>();
        Optional<Mark> start = Optional.empty();
        for (startLine(0, 0); lineStart < yaml.length(); nextLine()) {
            if (isBlankOrComment()) continue;
            if (yaml.charAt(lineStart) == ' ') throw NotFlat.INSTANCE; // indented where no list can be
            if (start.isEmpty()) start = mark(lineStart);
            entries.add(entry());
        }
        return entries.isEmpty() ? null : new MappingNode(Tag.MAP, true, entries, FlowStyle.BLOCK, start, Optional.empty());
    }

    /** One "key: value" line, and the block list below it if its value is on the next lines. */
    private NodeTuple entry() {
        int i = lineStart;
        char first = yaml.charAt(i);
        if (!(Character.isLetter(first) || first == '_')) throw NotFlat.INSTANCE;
        while (i < lineEnd && isKeyChar(yaml.charAt(i))) i++;
        // SnakeYAML refuses keys longer than 1024 characters
        if (i == lineEnd || yaml.charAt(i) != ':' || i - lineStart > MAX_KEY) throw NotFlat.INSTANCE;
        ScalarNode key = plain(lineStart, i);
        int colon = i++;
        if (i < lineEnd && yaml.charAt(i) != ' ') throw NotFlat.INSTANCE;
        i = skipSpaces(i);
        if (i < lineEnd && yaml.charAt(i) != '#') return new NodeTuple(key, value(i, this::blockPlain));
        // nothing after the colon: a block list on the next lines, or an empty value ending at the colon
        Node list = blockList();
        return new NodeTuple(key, list != null ? list : empty(colon + 1));
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** A scalar or flow list starting at {@code i} and ending the line. */
    private Node value(int i, PlainReader plainReader) {
        char c = yaml.charAt(i);
        if (c == '[') return flowList(i);
        int[] end = new int[1];
        Node scalar = c == '"' || c == '\'' ? quoted(i, end) : plainReader.read(i, end);
        if (!endsLine(end[0])) throw NotFlat.INSTANCE;
        return scalar;
    }

    private interface PlainReader {
        /** Reads a plain scalar from {@code i}, setting {@code end[0]} to where its line continues. */
        Node read(int i, int[] end);
    }

    /** A plain scalar in block context: up to a " #" comment, and never with ": " inside. */
    private Node blockPlain(int i, int[] end) {
        if (INDICATORS.indexOf(yaml.charAt(i)) >= 0 && !isNegative(i)) throw NotFlat.INSTANCE;
        int stop = i;
        for (int j = i; j < lineEnd; j++) {
            char c = yaml.charAt(j);
            if (c == '#' && yaml.charAt(j - 1) == ' ') break;
            if (c == ':' && (j + 1 == lineEnd || yaml.charAt(j + 1) == ' ')) throw NotFlat.INSTANCE;
            if (c != ' ') stop = j + 1;
        }
        end[0] = stop;
        return plain(i, stop);
    }

    /** "-1", "-x": a '-' followed by a letter or digit starts a plain scalar, not a list item. */
    private boolean isNegative(int i) {
        return yaml.charAt(i) == '-' && i + 1 < lineEnd && Character.isLetterOrDigit(yaml.charAt(i + 1));
    }

    /** A plain scalar inside [ ]: no character that could end it, open something, or start a comment. */
    private Node flowPlain(int i, int[] end) {
        if (INDICATORS.indexOf(yaml.charAt(i)) >= 0) throw NotFlat.INSTANCE;
        int stop = i;
        int j = i;
        for (; j < lineEnd; j++) {
            char c = yaml.charAt(j);
            if (c == ',' || c == ']') break;
            if (c == '[' || c == '{' || c == '}' || c == '#' || c == ':' || c == '?') throw NotFlat.INSTANCE;
            if (c != ' ') stop = j + 1;
        }
        end[0] = stop;
        return plain(i, stop);
    }

    /** A one-line quoted scalar; double quotes only without escapes, single quotes with '' for '. */
    private Node quoted(int i, int[] end) {
        char quote = yaml.charAt(i);
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (true) {
            int close = yaml.indexOf(quote, j);
            if (close < 0 || close >= lineEnd) throw NotFlat.INSTANCE; // runs on to the next line
            value.append(yaml, j, close);
            if (quote == '\'' && close + 1 < lineEnd && yaml.charAt(close + 1) == '\'') {
                value.append('\'');
                j = close + 2;
            } else {
                end[0] = close + 1;
                break;
            }
        }
        if (quote == '"' && value.indexOf("\\") >= 0) throw NotFlat.INSTANCE;
        ScalarStyle style = quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
        String text = value.toString();
        return new ScalarNode(RESOLVER.resolve(text, false), true, text, style, mark(i), Optional.empty());
    }

    /** "[a, 'b', "c"]" on one line; empty items and trailing commas are left to SnakeYAML. */
    private Node flowList(int open) {
        List<Node> items = new ArrayList<>();
        int i = skipSpaces(open + 1);
        if (i < lineEnd && yaml.charAt(i) == ']') return endFlowList(open, items, i);
        int[] end = new int[1];
        while (i < lineEnd) {
            char c = yaml.charAt(i);
            items.add(c == '"' || c == '\'' ? quoted(i, end) : flowPlain(i, end));
            i = skipSpaces(end[0]);
            if (i >= lineEnd) break;
            if (yaml.charAt(i) == ']') return endFlowList(open, items, i);
            if (yaml.charAt(i) != ',') break;
            i = skipSpaces(i + 1);
            if (i < lineEnd && (yaml.charAt(i) == ']' || yaml.charAt(i) == ',')) break;
        }
        throw NotFlat.INSTANCE;
    }

    private Node endFlowList(int open, List<Node> items, int close) {
        if (!endsLine(close + 1)) throw NotFlat.INSTANCE;
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, mark(open), Optional.empty());
    }

    /**
     * "- item" lines after a key with no value, all at one indent (none is allowed too), each item a
     * one-line scalar. Returns null, leaving the current line alone, when the next line is no list item.
     */
    private Node blockList() {
        int keyLineStart = lineStart;
        int keyLine = line;
        int keyLineEnd = lineEnd;
        List<Node> items = new ArrayList<>();
        Optional<Mark> start = Optional.empty();
        int indent = -1;
        while (true) {
            int lastLineStart = lineStart;
            int lastLine = line;
            int lastLineEnd = lineEnd;
            nextLine();
            while (lineStart < yaml.length() && isBlankOrComment()) nextLine();
            int dash = lineStart < yaml.length() ? skipSpaces(lineStart) : lineStart;
            boolean item = dash < lineEnd && yaml.charAt(dash) == '-' && (indent < 0 || dash - lineStart == indent);
            if (item && (dash + 1 == lineEnd || yaml.charAt(dash + 1) != ' ')) throw NotFlat.INSTANCE;
            if (!item) {
                if (lineStart < yaml.length() && yaml.charAt(lineStart) == ' ') throw NotFlat.INSTANCE;
                if (items.isEmpty()) {
                    startLine(keyLineStart, keyLine);
                    lineEnd = keyLineEnd;
                    return null;
                }
                // leave the last item's line current: the mapping's loop moves on from it
                startLine(lastLineStart, lastLine);
                lineEnd = lastLineEnd;
                return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, start, Optional.empty());
            }
            if (indent < 0) {
                indent = dash - lineStart;
                start = mark(dash);
            }
            int i = skipSpaces(dash + 1);
            if (i == lineEnd || yaml.charAt(i) == '#' || yaml.charAt(i) == '[') throw NotFlat.INSTANCE;
            items.add(value(i, this::blockPlain));
        }
    }

    /** The empty value of "key:" is a null scalar where SnakeYAML puts it: right after the colon. */
    private Node empty(int at) {
        return new ScalarNode(RESOLVER.resolve("", true), true, "", ScalarStyle.PLAIN, mark(at), Optional.empty());
    }

    private ScalarNode plain(int from, int to) {
        String text = yaml.substring(from, to);
        return new ScalarNode(RESOLVER.resolve(text, true), true, text, ScalarStyle.PLAIN, mark(from), Optional.empty());
    }

    /** Whether only spaces, or spaces and a comment, follow {@code i} on the line. */
    private boolean endsLine(int i) {
        int j = skipSpaces(i);
        return j == lineEnd || yaml.charAt(j) == '#' && j > i;
    }

    /** A line with nothing, or a comment starting the line; indented comments are left to SnakeYAML. */
    private boolean isBlankOrComment() {
        int i = skipSpaces(lineStart);
        if (i == lineEnd) return true;
        if (yaml.charAt(i) != '#') return false;
        if (i > lineStart) throw NotFlat.INSTANCE;
        return true;
    }

    private int skipSpaces(int i) {
        while (i < lineEnd && yaml.charAt(i) == ' ') i++;
        return i;
    }

    private void startLine(int start, int number) {
        lineStart = start;
        line = number;
        int nl = yaml.indexOf('\n', start);
        lineEnd = nl < 0 ? yaml.length() : nl;
    }

    private void nextLine() {
        startLine(lineEnd + 1, line + 1);
    }

    private Optional<Mark> mark(int index) {
        return Optional.of(new Mark("reader", index, line, index - lineStart, NO_BUFFER, 0));
    }

    /** Not flat front matter: SnakeYAML must read it. Thrown often, so without a stack trace. */
    private static final class NotFlat extends RuntimeException {
        static final NotFlat INSTANCE = new NotFlat();

        private NotFlat() {
            super(null, null, false, false);
        }
    }
}
