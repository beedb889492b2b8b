package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.LineIndex;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.FrontMatter;
import io.github.lorewiki.engine.model.Slug;
import io.github.lorewiki.engine.source.SourceFile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PARSE stage for one article: front matter, Markdown tree, title, headings with unique anchor ids,
 * and every link with its position. Links are collected here, from the tree, so that backlinks are
 * complete before any page renders.
 */
public final class ArticleParser {
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();

    public Optional<ParsedArticle> parse(SourceFile source, Diagnostics diagnostics) {
        String text;
        try {
            text = readUtf8(source);
        } catch (CharacterCodingException e) {
            diagnostics.error("page.encoding", SourcePos.file(source.displayPath()), "file is not valid UTF-8",
                    "save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error("page.unreadable", SourcePos.file(source.displayPath()), "cannot read file: " + e.getMessage(), "");
            return Optional.empty();
        }
        try {
            return Optional.of(parse(source, text, diagnostics));
        } catch (UnparsableMarkdown e) {
            e.report(diagnostics);
            return Optional.empty();
        }
    }

    public ParsedArticle parse(SourceFile source, String text, Diagnostics diagnostics) {
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte order mark is not a column
        String path = source.displayPath();
        FrontMatterParser.Split split = frontMatterParser.parse(text, path, diagnostics);
        FrontMatter fm = split.frontMatter();
        int bodyOffset = split.bodyOffset();
        String body = text.substring(bodyOffset);
        Document doc;
        try {
            doc = Markdown.parse(body);
        } catch (RuntimeException e) {
            throw UnparsableMarkdown.locate(path, text, bodyOffset, e);
        }
        LineIndex lines = new LineIndex(text);

        LinkCollector collector = new LinkCollector(offset -> lines.pos(path, bodyOffset + offset));
        collector.visit(doc);

        String title = fm.title();
        int titleHeading = -1;
        Heading first = firstBlockHeading(doc);
        if (title == null && first != null) {
            title = headingText(first);
            titleHeading = first.getStartOffset();
        } else if (first != null && title.equals(headingText(first))) {
            titleHeading = first.getStartOffset(); // the same title twice would show twice
        }
        if (title == null || title.isBlank()) title = humanize(source.baseName().equals("index") && !source.folder().isEmpty()
                ? source.folder().substring(source.folder().lastIndexOf('/') + 1) : source.baseName());

        List<io.github.lorewiki.engine.model.Heading> headings = new ArrayList<>();
        Map<Integer, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Heading h : collector.headings()) {
            if (h.getStartOffset() == titleHeading) continue;
            String text1 = headingText(h);
            String id = unique(Slug.of(text1), used);
            ids.put(h.getStartOffset(), id);
            headings.add(new io.github.lorewiki.engine.model.Heading(h.getLevel(), text1, id));
        }
        return new ParsedArticle(source, fm, title.strip(), headings, ids, collector.links(), new MarkdownTree(body, doc), titleHeading);
    }

    private static String readUtf8(SourceFile source) throws IOException {
        String s = Utf8Text.decode(Files.readAllBytes(source.file()));
        return s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    private static Heading firstBlockHeading(Document doc) {
        com.vladsch.flexmark.util.ast.Node n = doc.getFirstChild();
        return n instanceof Heading h && h.getLevel() == 1 ? h : null;
    }

    static String headingText(Heading h) {
        // most headings are one run of text with nothing to unescape; the visitor costs far more than they do
        Node only = h.getFirstChild();
        if (only instanceof Text && only.getNext() == null) {
            BasedSequence chars = only.getChars();
            if (chars.indexOf('\\') < 0 && chars.indexOf('&') < 0) return chars.toString().strip();
        }
        return new TextCollectingVisitor().collectAndGetText(h).strip();
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int i = 1; !used.add(id); i++) id = base + "-" + i;
        return id;
    }

    public static String humanize(String name) {
        String s = name.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? name : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
