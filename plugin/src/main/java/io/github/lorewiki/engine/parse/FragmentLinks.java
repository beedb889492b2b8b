package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.util.ast.Document;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.LinkRef;

import java.util.List;

/** The links of a Markdown snippet whose links are all reported at one position (for example, a front-matter fact). */
public final class FragmentLinks {
    private FragmentLinks() {
    }

    public static List<LinkRef> collect(Document doc, SourcePos at) {
        LinkCollector c = new LinkCollector(offset -> at);
        c.visit(doc);
        return List.copyOf(c.links());
    }

    /** The links of a Markdown snippet, each at the position {@code position} gives for its offset in the snippet. */
    public static List<LinkRef> collect(Document doc, java.util.function.IntFunction<SourcePos> position) {
        LinkCollector c = new LinkCollector(position);
        c.visit(doc);
        return List.copyOf(c.links());
    }
}
