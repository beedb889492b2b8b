package io.github.lorewiki.engine.parse;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.Optional;

/** A composed YAML tree written out for comparing two composers: kind, tag, start, style and value of every node. */
final class YamlDump {
    private YamlDump() {
    }

    static String of(Optional<Node> root) {
        StringBuilder out = new StringBuilder();
        root.ifPresentOrElse(n -> write(n, 0, out), () -> out.append("(nothing)"));
        return out.toString();
    }

    private static void write(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append(' ').append(node.getTag())
                .append(" at ").append(node.getStartMark().map(m -> m.getLine() + ":" + m.getColumn()).orElse("?"));
        if (node instanceof ScalarNode s) {
            out.append(' ').append(s.getScalarStyle()).append(" \"").append(s.getValue().replace("\n", "\\n")).append("\"\n");
        } else if (node instanceof SequenceNode s) {
            out.append(' ').append(s.getFlowStyle()).append('\n');
            for (Node item : s.getValue()) write(item, depth + 1, out);
        } else if (node instanceof MappingNode m) {
            out.append(' ').append(m.getFlowStyle()).append('\n');
            for (NodeTuple t : m.getValue()) {
                write(t.getKeyNode(), depth + 1, out);
                write(t.getValueNode(), depth + 2, out);
            }
        } else {
            out.append('\n');
        }
    }
}
