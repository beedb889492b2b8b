package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.glossary.ParsedTerm.Definition;
import io.github.lorewiki.engine.glossary.ParsedTerm.Name;
import io.github.lorewiki.engine.link.Suggestions;
import io.github.lorewiki.engine.parse.FragmentLinks;
import io.github.lorewiki.engine.parse.Markdown;
import io.github.lorewiki.engine.parse.YamlSource;
import io.github.lorewiki.engine.source.SourceFile;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PARSE stage for a glossary file ({@code glossary.yml}, or any YAML file under {@code glossary/}): a list of
 * entries, each with {@code term}, {@code definition} (inline Markdown, wikilinks allowed), {@code aliases},
 * {@code see} and {@code tags}. Every structural problem is reported at its YAML node: unknown keys with the
 * keys allowed, wrong types with what was expected, entries without a term.
 */
public final class GlossaryParser {
    static final List<String> KEYS = List.of("term", "definition", "aliases", "see", "tags");

    public List<ParsedTerm> parse(SourceFile source, Diagnostics d) {
        String text;
        try {
            text = new String(Files.readAllBytes(source.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            d.error("glossary.unreadable", SourcePos.file(source.displayPath()), "cannot read file: " + e.getMessage(), "");
            return List.of();
        }
        return parse(source, text, d);
    }

    public List<ParsedTerm> parse(SourceFile source, String text, Diagnostics d) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        YamlSource yaml = new YamlSource(source.displayPath(), 1);
        Node root = yaml.compose(text, "glossary.yaml", d).orElse(null);
        if (root == null || root instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) return List.of();
        if (!(root instanceof SequenceNode seq)) {
            d.error("glossary.type", yaml.pos(root), "a glossary must be a list of entries, found " + YamlSource.describe(root),
                    "start each entry with '- term: ...' and give its 'definition' below it");
            return List.of();
        }
        Entries entries = new Entries(source, yaml, d);
        List<ParsedTerm> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            ParsedTerm t = entries.entry(item);
            if (t != null) out.add(t);
        }
        return out;
    }

    /** Reads the entries of one file. */
    private record Entries(SourceFile source, YamlSource yaml, Diagnostics d) {

        ParsedTerm entry(Node item) {
            if (!(item instanceof MappingNode map)) {
                d.error("glossary.type", yaml.pos(item), "a glossary entry must be a mapping with 'term' and 'definition', found "
                        + YamlSource.describe(item), "write it as '- term: ...' with 'definition: ...' on the next line");
                return null;
            }
            Map<String, NodeTuple> f = fields(map);
            NodeTuple term = f.get("term");
            if (term == null) {
                d.error("glossary.missing", yaml.pos(map), "a glossary entry has no 'term'", "add 'term: ...' naming what it defines");
                return null;
            }
            String name = text(term.getValueNode(), "term");
            if (name == null || name.isBlank()) {
                if (name != null) d.error("glossary.missing", yaml.pos(term.getValueNode()), "the 'term' of an entry is empty", "name the term");
                return null;
            }
            Definition definition = f.containsKey("definition") ? definition(f.get("definition").getValueNode()) : Definition.EMPTY;
            return new ParsedTerm(name.strip(), yaml.pos(term.getValueNode()), names(f.get("aliases")), definition,
                    names(f.get("see")), names(f.get("tags")).stream().map(Name::text).toList(), source, null);
        }

        private Map<String, NodeTuple> fields(MappingNode map) {
            Map<String, NodeTuple> out = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(YamlSource.toJava(t.getKeyNode()));
                if (KEYS.contains(key)) {
                    out.put(key, t);
                } else {
                    String guess = Suggestions.closest(key, KEYS);
                    d.error("glossary.key", yaml.pos(t.getKeyNode()), "'" + key + "' is not a known key of a glossary entry; expected one of "
                            + String.join(", ", KEYS), guess == null ? "" : "did you mean '" + guess + "'?");
                }
            }
            return out;
        }

        private String text(Node node, String what) {
            if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) return s.getValue();
            if (node instanceof ScalarNode) return "";
            wrongType(node, what, "text");
            return null;
        }

        private Definition definition(Node node) {
            String md = text(node, "definition");
            if (md == null || md.isBlank()) return Definition.EMPTY;
            ScalarNode s = (ScalarNode) node;
            return new Definition(md.strip(), FragmentLinks.collect(Markdown.parseSnippet(md.strip(), yaml.pos(node), d), yaml.positionsIn(s)), yaml.pos(node));
        }

        /** A name or a list of names ({@code aliases: [A, B]}, {@code see: C}). */
        private List<Name> names(NodeTuple t) {
            if (t == null) return List.of();
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) return List.of();
            if (v instanceof ScalarNode s) return s.getValue().isBlank() ? List.of() : List.of(new Name(s.getValue().strip(), yaml.pos(s)));
            if (!(v instanceof SequenceNode seq)) {
                wrongType(v, key, "a list of names, such as [A, B]");
                return List.of();
            }
            List<Name> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
                    if (!s.getValue().isBlank()) out.add(new Name(s.getValue().strip(), yaml.pos(s)));
                } else {
                    wrongType(n, key + " item", "a name");
                }
            }
            return out;
        }

        private void wrongType(Node node, String what, String expected) {
            String hint = expected.equals("text") && node instanceof MappingNode
                    ? "put the text in quotes; unquoted, a ': ' inside it starts a mapping"
                    : "change the value of '" + what.replace(" item", "") + "'";
            d.error("glossary.type", yaml.pos(node), "'" + what + "' must be " + expected + ", found " + YamlSource.describe(node), hint);
        }
    }
}
