package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.FrontMatter;
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
 * Splits an article into its YAML front matter and Markdown body and reads the front matter's known
 * keys with type checks. Problems are reported at the offending node; the article still builds.
 */
public final class FrontMatterParser {
    static final String RULE = "frontmatter.invalid";

    /** The front matter and where the Markdown body starts in the file's text. */
    public record Split(FrontMatter frontMatter, int bodyOffset) {
    }

    public Split parse(String text, String path, Diagnostics diagnostics) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("---", start) || !isLineEnd(text, start + 3)) {
            return new Split(FrontMatter.EMPTY, start);
        }
        int yamlStart = nextLine(text, start);
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(yamlStart, lineStart);
                FrontMatter fm = read(yaml, new YamlSource(path, 2), diagnostics);
                return new Split(fm, Math.min(text.length(), lineEnd + 1));
            }
            lineStart = lineEnd + 1;
        }
        diagnostics.error(RULE, new SourcePos(path, 1, 1), "front matter is not closed",
                "add a line with '---' after the last front matter key");
        return new Split(FrontMatter.EMPTY, start);
    }

    private static boolean isLineEnd(String text, int i) {
        return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private static int nextLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl + 1;
    }

    FrontMatter read(String yaml, YamlSource source, Diagnostics diagnostics) {
        // most front matter is a few flat lines, composed to the same nodes without SnakeYAML
        Optional<Node> root = FlatYaml.compose(yaml);
        return read(root.isPresent() ? root : source.compose(yaml, RULE, diagnostics), source, diagnostics);
    }

    /** Reads the front matter from its composed YAML (empty when there is none, or it is broken). */
    FrontMatter read(Optional<Node> root, YamlSource source, Diagnostics diagnostics) {
        if (root.isEmpty() || isNull(root.get())) return FrontMatter.EMPTY;
        if (!(root.get() instanceof MappingNode mapping)) {
            diagnostics.error(RULE, source.pos(root.get()), "front matter must be a mapping of keys to values, found "
                    + YamlSource.describe(root.get()), "write it as 'key: value' lines");
            return FrontMatter.EMPTY;
        }
        String title = null;
        String summary = null;
        List<String> aliases = List.of();
        List<String> tags = List.of();
        boolean draft = false;
        Integer order = null;
        Map<String, Object> extra = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        FieldReader fields = new FieldReader(source, diagnostics);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(YamlSource.toJava(tuple.getKeyNode()));
            if (!seen.add(key)) {
                diagnostics.error(RULE, source.pos(tuple.getKeyNode()), "'" + key + "' is written twice in the front matter",
                        "keep one of them; YAML would silently use the last");
                continue;
            }
            Node value = tuple.getValueNode();
            switch (key) {
                case "title" -> title = fields.text(key, value);
                case "summary" -> summary = fields.text(key, value);
                case "aliases" -> aliases = fields.textList(key, value);
                case "tags" -> tags = fields.textList(key, value);
                case "draft" -> draft = fields.bool(key, value);
                case "order" -> order = fields.integer(key, value);
                default -> {
                    Object v = YamlSource.toJava(value);
                    extra.put(key, v == null ? "" : v);
                    positions(source, "/" + key, value, positions);
                }
            }
            positions.putIfAbsent("/" + key, source.pos(value));
        }
        return new FrontMatter(blankToNull(title), aliases, blankToNull(summary), tags, draft, order, extra, positions);
    }

    /** Records where each value below {@code node} was written, by its path of keys and list indexes. */
    private static void positions(YamlSource source, String path, Node node, Map<String, SourcePos> out) {
        out.put(path, source.pos(node));
        if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) positions(source, path + "/" + i, seq.getValue().get(i), out);
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) positions(source, path + "/" + k.getValue(), t.getValueNode(), out);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** Reads one typed value, reporting "expected X, found Y" at the value's position. */
    private record FieldReader(YamlSource source, Diagnostics diagnostics) {

        String text(String key, Node value) {
            if (isNull(value)) return null;
            if (value instanceof ScalarNode s) return s.getValue();
            wrongType(key, value, "text");
            return null;
        }

        List<String> textList(String key, Node value) {
            if (isNull(value)) return List.of();
            if (value instanceof ScalarNode s && Tag.STR.equals(s.getTag())) return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
            if (!(value instanceof SequenceNode seq)) {
                wrongType(key, value, "a list of text, such as [a, b]");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
                    if (!s.getValue().isBlank()) out.add(s.getValue().strip());
                } else {
                    wrongType(key + " item", item, "text");
                }
            }
            return out;
        }

        boolean bool(String key, Node value) {
            if (value instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
            if (!isNull(value)) wrongType(key, value, "true or false");
            return false;
        }

        Integer integer(String key, Node value) {
            if (value instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
                try {
                    return Integer.valueOf(s.getValue());
                } catch (NumberFormatException e) {
                    // falls through to the type error: out of range
                }
            }
            if (!isNull(value)) wrongType(key, value, "a whole number");
            return null;
        }

        private void wrongType(String key, Node value, String expected) {
            diagnostics.error(RULE, source.pos(value), "'" + key + "' must be " + expected + ", found "
                    + YamlSource.describe(value), "change the value of '" + key + "'");
        }
    }
}
