package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML read safely: only the node tree is composed (no types are ever instantiated), aliases, nesting
 * and size are bounded, and every node keeps its position in the user's file. A YAML block embedded in
 * a larger file (front matter) gives its first line so that positions point into the real file.
 */
public final class YamlSource {
    static final int MAX_DEPTH = 32;
    static final int MAX_VALUES = 100_000;
    private static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    /** Immutable, so shared by every file and thread; positions come from node marks, not from the label. */
    static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(MAX_CODE_POINTS)
            .build();

    private final String path;
    private final int firstLine;

    /** @param firstLine the 1-based line of the file where the YAML text starts */
    public YamlSource(String path, int firstLine) {
        this.path = path;
        this.firstLine = firstLine;
    }

    public String path() {
        return path;
    }

    /** Composes the YAML text; a syntax error is reported with its position and gives an empty result. */
    public Optional<Node> compose(String yaml, String rule, Diagnostics diagnostics) {
        LoadSettings settings = SETTINGS;
        try {
            // Nesting is checked on the flat event stream first: the composer recurses and would overflow the
            // stack. Skipped when the text is too small to nest that deep (every front matter, in practice).
            int level = 0;
            for (Event e : mayNestDeeperThanAllowed(yaml) ? new Parse(settings).parseString(yaml) : List.<Event>of()) {
                if (e instanceof CollectionStartEvent && ++level > MAX_DEPTH) {
                    diagnostics.error(rule, e.getStartMark().map(this::pos).orElse(new SourcePos(path, firstLine, 1)),
                            "YAML nested deeper than " + MAX_DEPTH + " levels", "flatten the structure");
                    return Optional.empty();
                } else if (e instanceof CollectionEndEvent) {
                    level--;
                }
            }
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isPresent() && size(root.get(), new int[]{0}) > MAX_VALUES) {
                diagnostics.error(rule, pos(root.get()), "YAML expands to more than " + MAX_VALUES + " values through aliases",
                        "write the values out instead of repeating anchors (*alias)");
                return Optional.empty();
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            SourcePos at = e.getProblemMark().or(e::getContextMark).map(this::pos).orElse(new SourcePos(path, firstLine, 1));
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            diagnostics.error(rule, at, "invalid YAML: " + context + problem, "fix the YAML syntax at this place");
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(rule, new SourcePos(path, firstLine, 1), "invalid YAML: " + e.getMessage(),
                    "fix the YAML syntax");
            return Optional.empty();
        }
    }

    /** Each level of nesting needs a new line, a '[' or a '{': fewer of them than the limit cannot exceed it. */
    static boolean mayNestDeeperThanAllowed(String yaml) {
        int openers = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if ((c == '\n' || c == '[' || c == '{') && ++openers > MAX_DEPTH) return true;
        }
        return false;
    }

    /** Counts the values a reader would see, each alias expanded; stops early past the limit. */
    private static int size(Node node, int[] count) {
        if (++count[0] > MAX_VALUES) return count[0];
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                size(t.getKeyNode(), count);
                size(t.getValueNode(), count);
                if (count[0] > MAX_VALUES) break;
            }
        } else if (node instanceof SequenceNode s) {
            for (Node child : s.getValue()) {
                if (size(child, count) > MAX_VALUES) break;
            }
        }
        return count[0];
    }

    public SourcePos pos(Node node) {
        return node.getStartMark().map(this::pos).orElse(new SourcePos(path, firstLine, 1));
    }

    private SourcePos pos(Mark mark) {
        return new SourcePos(path, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /**
     * Where each character of a text value was written, by its offset in the value: exact for a one-line
     * plain or quoted scalar, else the value's start (folded and escaped text has no simple mapping).
     */
    public java.util.function.IntFunction<SourcePos> positionsIn(ScalarNode s) {
        SourcePos at = pos(s);
        org.snakeyaml.engine.v2.common.ScalarStyle style = s.getScalarStyle();
        boolean quoted = style == org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED
                || style == org.snakeyaml.engine.v2.common.ScalarStyle.SINGLE_QUOTED;
        boolean exact = s.getValue().indexOf('\n') < 0 && (quoted || style == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN);
        int shift = quoted ? 1 : 0;
        return offset -> exact ? new SourcePos(at.path(), at.line(), at.column() + shift + offset) : at;
    }

    /** A plain Java value for templates and for keys Lore does not interpret. */
    public static Object toJava(Node node) {
        if (node instanceof ScalarNode s) return scalar(s);
        if (node instanceof SequenceNode s) {
            List<Object> list = new ArrayList<>();
            for (Node child : s.getValue()) list.add(toJava(child));
            return List.copyOf(list.stream().map(v -> v == null ? "" : v).toList());
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Object v = toJava(t.getValueNode());
                map.put(String.valueOf(toJava(t.getKeyNode())), v == null ? "" : v);
            }
            return java.util.Collections.unmodifiableMap(map);
        }
        return null;
    }

    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT));
            if (Tag.INT.equals(tag)) return Long.valueOf(v);
            if (Tag.FLOAT.equals(tag)) return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return v;
        }
        return v;
    }

    /** How a node is described in "expected X, found Y" messages. */
    public static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof ScalarNode s) {
            Tag tag = s.getTag();
            if (Tag.NULL.equals(tag)) return "nothing";
            if (Tag.BOOL.equals(tag)) return "true/false";
            if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) return "a number";
            return "text";
        }
        return "an unknown node";
    }

    public static boolean isText(Node node) {
        return node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag());
    }
}
