package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.link.Suggestions;
import io.github.lorewiki.engine.parse.ParsedComparison.Name;
import io.github.lorewiki.engine.parse.ParsedComparison.Row;
import io.github.lorewiki.engine.parse.ParsedComparison.Section;
import io.github.lorewiki.engine.parse.ParsedComparison.Text;
import io.github.lorewiki.engine.source.SourceFile;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PARSE stage for a comparison definition (YAML). Accepts the full form (a list of rows, optionally
 * grouped in sections) and the compact form (a mapping from label to values). Every structural problem
 * is reported at its YAML node: unknown keys with the keys allowed, wrong types with what was expected,
 * missing values, duplicate labels.
 */
public final class ComparisonParser {
    static final List<String> KEYS = List.of("title", "subjects", "summary", "criteria", "tags", "sources", "layout");
    static final List<String> ROW_KEYS = List.of("label", "values", "note");
    static final List<String> SECTION_KEYS = List.of("section", "criteria");

    public Optional<ParsedComparison> parse(SourceFile source, Diagnostics d) {
        String text;
        try {
            text = new String(Files.readAllBytes(source.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            d.error("comparison.unreadable", SourcePos.file(source.displayPath()), "cannot read file: " + e.getMessage(), "");
            return Optional.empty();
        }
        return parse(source, text, d);
    }

    public Optional<ParsedComparison> parse(SourceFile source, String text, Diagnostics d) {
        YamlSource yaml = new YamlSource(source.displayPath(), 1);
        Optional<Node> root = yaml.compose(text, "comparison.yaml", d);
        if (root.isEmpty()) return Optional.empty();
        return new Reader(source, yaml, d).read(root.get());
    }

    /** The state of reading one file. */
    private static final class Reader {
        private final SourceFile source;
        private final YamlSource yaml;
        private final Diagnostics d;
        private final Map<String, SourcePos> labels = new HashMap<>();
        private int subjectCount;
        private List<Name> subjects = List.of();

        Reader(SourceFile source, YamlSource yaml, Diagnostics d) {
            this.source = source;
            this.yaml = yaml;
            this.d = d;
        }

        Optional<ParsedComparison> read(Node root) {
            if (!(root instanceof MappingNode map)) {
                d.error("comparison.type", yaml.pos(root), "a comparison must be a mapping with title, subjects and criteria, found "
                        + YamlSource.describe(root), "start with 'title: ...'");
                return Optional.empty();
            }
            Map<String, NodeTuple> fields = fields(map, KEYS, "comparison");
            String title = text(fields.get("title"));
            if (title == null && !fields.containsKey("title") || title != null && title.isBlank()) {
                missing(root, "title", "add 'title: A vs B'"); // a title of the wrong type was reported as such
            }
            subjects = subjects(fields.get("subjects"), root);
            subjectCount = subjects.size();
            Text summary = fields.containsKey("summary") ? markdown(fields.get("summary").getValueNode(), "summary") : Text.EMPTY;
            List<Section> sections = fields.containsKey("criteria") ? criteria(fields.get("criteria").getValueNode(), true) : List.of();
            if (!fields.containsKey("criteria")) missing(root, "criteria", "add the rows to compare under 'criteria:'");
            List<String> tags = textList(fields.get("tags"));
            List<Text> sources = new ArrayList<>();
            if (fields.containsKey("sources")) {
                Node s = fields.get("sources").getValueNode();
                if (s instanceof SequenceNode seq) for (Node n : seq.getValue()) sources.add(markdown(n, "sources item"));
                else sources.add(markdown(s, "sources"));
            }
            boolean transposed = layout(fields.get("layout"));
            if (title == null || title.isBlank()) return Optional.empty();
            return Optional.of(new ParsedComparison(source, title.strip(), yaml.pos(fields.get("title").getValueNode()), subjects,
                    fields.containsKey("subjects") ? yaml.pos(fields.get("subjects").getValueNode()) : yaml.pos(root),
                    summary, sections, tags, sources, transposed));
        }

        /** The known keys of a mapping; an unknown key is reported with the keys allowed and the closest one. */
        private Map<String, NodeTuple> fields(MappingNode map, List<String> allowed, String what) {
            Map<String, NodeTuple> out = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(YamlSource.toJava(t.getKeyNode()));
                if (out.containsKey(key)) {
                    // only composed, the YAML is not checked for duplicate keys: the last would silently win
                    d.error("comparison.key", yaml.pos(t.getKeyNode()), "'" + key + "' is written twice (first at line "
                            + yaml.pos(out.get(key).getKeyNode()).line() + ")", "keep one of them; YAML would silently use the last");
                } else if (allowed.contains(key)) {
                    out.put(key, t);
                } else {
                    String guess = Suggestions.closest(key, allowed);
                    d.error("comparison.key", yaml.pos(t.getKeyNode()), "'" + key + "' is not a known key of a " + what
                            + "; expected one of " + String.join(", ", allowed), guess == null ? "" : "did you mean '" + guess + "'?");
                }
            }
            return out;
        }

        private void missing(Node at, String key, String hint) {
            d.error("comparison.missing", yaml.pos(at), "the comparison has no '" + key + "'", hint);
        }

        private void wrongType(Node node, String what, String expected) {
            // "a: b" inside unquoted text silently turns it into a mapping: the commonest YAML surprise
            String hint = expected.equals("text") && node instanceof MappingNode
                    ? "put the text in quotes; unquoted, a ': ' inside it starts a mapping"
                    : "change the value of '" + what + "'";
            d.error("comparison.type", yaml.pos(node), "'" + what + "' must be " + expected + ", found " + YamlSource.describe(node), hint);
        }

        private String text(NodeTuple t) {
            if (t == null) return null;
            if (t.getValueNode() instanceof ScalarNode s && YamlSource.isText(s)) return s.getValue();
            wrongType(t.getValueNode(), ((ScalarNode) t.getKeyNode()).getValue(), "text");
            return null;
        }

        private List<String> textList(NodeTuple t) {
            if (t == null) return List.of();
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s && YamlSource.isText(s)) return List.of(s.getValue().strip());
            List<String> out = new ArrayList<>();
            if (v instanceof SequenceNode seq) {
                for (Node n : seq.getValue()) {
                    if (n instanceof ScalarNode s && YamlSource.isText(s)) out.add(s.getValue().strip());
                    else wrongType(n, "tags item", "text");
                }
            } else {
                wrongType(v, "tags", "a list of text, such as [a, b]");
            }
            return out;
        }

        private boolean layout(NodeTuple t) {
            if (t == null) return false;
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s && (s.getValue().equals("columns") || s.getValue().equals("transposed"))) {
                return s.getValue().equals("transposed");
            }
            wrongType(v, "layout", "'columns' (subjects as columns, the default) or 'transposed' (subjects as rows)");
            return false;
        }

        private List<Name> subjects(NodeTuple t, Node root) {
            if (t == null) {
                missing(root, "subjects", "list the articles compared, such as 'subjects: [A, B]'");
                return List.of();
            }
            if (!(t.getValueNode() instanceof SequenceNode seq)) {
                wrongType(t.getValueNode(), "subjects", "a list of two or more article titles, such as [A, B]");
                return List.of();
            }
            List<Name> out = new ArrayList<>();
            Map<String, SourcePos> seen = new HashMap<>();
            for (Node n : seq.getValue()) {
                if (!(n instanceof ScalarNode s) || !YamlSource.isText(s) || s.getValue().isBlank()) {
                    wrongType(n, "subjects item", "an article title, alias or path");
                    continue;
                }
                String name = s.getValue().strip();
                SourcePos first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), yaml.pos(n));
                if (first != null) {
                    d.error("comparison.subject", yaml.pos(n), "subject '" + name + "' is listed twice (first at line " + first.line() + ")",
                            "remove one of them");
                    continue;
                }
                out.add(new Name(name, yaml.pos(n)));
            }
            if (out.size() < 2 && !seq.getValue().isEmpty() || seq.getValue().isEmpty()) {
                d.error("comparison.subject", yaml.pos(seq), "a comparison needs at least two subjects, found " + out.size(),
                        "list two or more articles under 'subjects'");
            }
            return out;
        }

        /** Rows, in the full form (a list) or the compact form (a mapping from label to values). */
        private List<Section> criteria(Node node, boolean sectionsAllowed) {
            List<Section> sections = new ArrayList<>();
            List<Row> loose = new ArrayList<>();
            if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    Row row = compactRow(t);
                    if (row != null) loose.add(row);
                }
            } else if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s && YamlSource.isText(s)) {
                        Row row = row(s.getValue(), item, null, null);
                        if (row != null) loose.add(row);
                    } else if (item instanceof MappingNode m && isSection(m)) {
                        if (!sectionsAllowed) {
                            d.error("comparison.type", yaml.pos(item), "sections cannot be nested", "move this section to the top level of 'criteria'");
                            continue;
                        }
                        if (!loose.isEmpty()) sections.add(new Section("", List.copyOf(loose)));
                        loose.clear();
                        sections.add(section(m));
                    } else if (item instanceof MappingNode m && m.getValue().size() == 1 && !ROW_KEYS.contains(key(m.getValue().get(0)))) {
                        Row row = compactRow(m.getValue().get(0));
                        if (row != null) loose.add(row);
                    } else if (item instanceof MappingNode m) {
                        Row row = fullRow(m);
                        if (row != null) loose.add(row);
                    } else {
                        wrongType(item, "criteria item", "a label, a row with 'label' and 'values', or a section");
                    }
                }
            } else {
                wrongType(node, "criteria", "a list of rows, or a mapping from label to values");
            }
            if (!loose.isEmpty()) sections.add(new Section("", loose));
            return sections;
        }

        private boolean isSection(MappingNode m) {
            return m.getValue().stream().anyMatch(t -> "section".equals(key(t)));
        }

        private Section section(MappingNode m) {
            Map<String, NodeTuple> f = fields(m, SECTION_KEYS, "section");
            String heading = text(f.get("section"));
            List<Row> rows = new ArrayList<>();
            if (f.containsKey("criteria")) {
                for (Section s : criteria(f.get("criteria").getValueNode(), false)) rows.addAll(s.rows());
            } else {
                d.error("comparison.missing", yaml.pos(m), "section '" + heading + "' has no 'criteria'", "add its rows under 'criteria:'");
            }
            return new Section(heading == null ? "" : heading.strip(), rows);
        }

        private Row compactRow(NodeTuple t) {
            String label = key(t);
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s && !YamlSource.isText(s)) return row(label, t.getKeyNode(), null, null); // "Label:" alone: from facts
            return row(label, t.getKeyNode(), v, null);
        }

        private Row fullRow(MappingNode m) {
            Map<String, NodeTuple> f = fields(m, ROW_KEYS, "row");
            String label = text(f.get("label"));
            if (label == null) {
                if (!f.containsKey("label")) d.error("comparison.missing", yaml.pos(m), "a row has no 'label'", "add 'label: ...'");
                return null;
            }
            Node values = f.containsKey("values") ? f.get("values").getValueNode() : null;
            Text note = f.containsKey("note") ? markdown(f.get("note").getValueNode(), "note") : Text.EMPTY;
            return row(label, f.get("label").getValueNode(), values, note);
        }

        private Row row(String label, Node at, Node values, Text note) {
            String clean = label.strip();
            SourcePos pos = yaml.pos(at);
            SourcePos first = labels.putIfAbsent(clean.toLowerCase(Locale.ROOT), pos);
            if (first != null) {
                d.error("comparison.row", pos, "row '" + clean + "' appears twice (first at line " + first.line() + ")", "merge the two rows");
                return null;
            }
            if (values == null) return new Row(clean, pos, null, note == null ? Text.EMPTY : note);
            if (!(values instanceof SequenceNode seq)) {
                wrongType(values, "values of '" + clean + "'", "a list with one value per subject, such as [a, b]");
                return null;
            }
            List<Text> cells = new ArrayList<>();
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s && (!YamlSource.isText(s) || s.getValue().isBlank())) {
                    // a forgotten value must not look like a cell left empty on purpose
                    int i = cells.size();
                    d.error("comparison.row", yaml.pos(n), "row '" + clean + "' has no value" + (i < subjects.size() ? " for '"
                            + subjects.get(i).text() + "'" : ""), "write '\u2014' or 'n/a' to leave a cell empty on purpose");
                    cells.add(Text.EMPTY);
                    continue;
                }
                cells.add(markdown(n, "value of '" + clean + "'"));
            }
            if (subjectCount >= 2 && cells.size() != subjectCount) {
                boolean few = cells.size() < subjectCount;
                d.error("comparison.row", yaml.pos(values), "row '" + clean + "' has " + cells.size() + " value(s) for " + subjectCount + " subjects",
                        few ? "give one value per subject, in subject order; write '\u2014' or 'n/a' to leave a cell empty on purpose"
                                : "remove the extra values");
                return null;
            }
            return new Row(clean, pos, cells, note == null ? Text.EMPTY : note);
        }

        private static String key(NodeTuple t) {
            return t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(YamlSource.toJava(t.getKeyNode()));
        }

        /** Inline Markdown from a scalar; its links get positions inside the YAML value where that can be known. */
        private Text markdown(Node node, String what) {
            if (!(node instanceof ScalarNode s) || !YamlSource.isText(s)) { // numbers and true/false are read as their text
                wrongType(node, what, "text");
                return Text.EMPTY;
            }
            String md = s.getValue();
            SourcePos at = yaml.pos(node);
            int shift = s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED ? 1 : 0;
            // Offsets map to columns only when the value is written on one line exactly as read: no escapes, no folded lines.
            int written = node.getEndMark().map(Mark::getIndex).orElse(-1) - node.getStartMark().map(Mark::getIndex).orElse(0);
            boolean exact = md.indexOf('\n') < 0 && (shift == 1 || s.getScalarStyle() == ScalarStyle.PLAIN)
                    && written == md.codePointCount(0, md.length()) + 2 * shift;
            LinkCollector links = new LinkCollector(offset -> exact
                    ? new SourcePos(at.path(), at.line(), at.column() + shift + md.codePointCount(0, offset)) : at);
            links.visit(Markdown.parseSnippet(md, at, d));
            return new Text(md, links.links(), at);
        }
    }
}
