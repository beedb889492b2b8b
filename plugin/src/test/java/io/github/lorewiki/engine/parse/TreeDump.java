package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.util.ast.Node;

/**
 * A Markdown tree written out in full for comparing two parses: per node its class, its flexmark
 * description with segments (offsets and the node's own parts, each with its offsets and text: markers,
 * urls, cell alignment ...) and its characters.
 */
final class TreeDump {
    private TreeDump() {
    }

    static String of(Node root) {
        StringBuilder out = new StringBuilder();
        write(root, null, 0, out);
        return out.toString();
    }

    private static void write(Node node, Node listedUnder, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        // flexmark leaves some moved nodes pointing at a former parent (a list after a table in a list item): shown, not hidden
        if (listedUnder != null && node.getParent() != listedUnder) out.append("(parent ").append(node.getParent()).append(") ");
        out.append(node.getClass().getName()).append(' ')
                .append(node.getStartOffset()).append('-').append(node.getEndOffset()).append(' ')
                .append(node.toAstString(true)).append(' ')
                .append('"').append(escape(node.getChars())).append('"').append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            write(child, node, depth + 1, out);
        }
    }

    private static String escape(CharSequence chars) {
        return chars.toString().replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }
}
