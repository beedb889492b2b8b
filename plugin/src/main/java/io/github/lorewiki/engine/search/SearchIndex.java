package io.github.lorewiki.engine.search;

import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Comparison;
import io.github.lorewiki.engine.model.Term;
import io.github.lorewiki.engine.model.Fragment;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.render.BodyRenderer;
import io.github.lorewiki.engine.render.Json;
import io.github.lorewiki.engine.render.PageSink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * The data of the site's search, written as two scripts (a script loads from {@code file://}, where
 * {@code fetch} is blocked). The browser builds its index from them with lunr (theme/search.js):
 * <ul>
 * <li>{@value #DATA} sets {@code window.LoreSearchData}: every page's URL, title, kind, aliases, tags,
 *     summary and headings with their anchors; small, loaded first, so titles and headings are searchable
 *     at once;</li>
 * <li>{@value #TEXT} sets {@code window.LoreSearchText}: the body text of each page by section, loaded and
 *     indexed after that. To keep a large wiki usable, the text is trimmed to a word budget: each page gets
 *     {@value #SITE_WORDS} words divided by the number of pages, at least {@value #PAGE_WORDS_MIN} and at most
 *     {@value #PAGE_WORDS_MAX}, shared fairly among its sections (each keeps its first words).</li>
 * </ul>
 * Pages are sorted by URL and written one per line, so the output is deterministic and diffs well.
 */
public final class SearchIndex {
    public static final String DATA = "search/index.js";
    public static final String TEXT = "search/text.js";
    /** Format of the two files; search.js refuses others. */
    public static final int FORMAT = 1;
    static final int SITE_WORDS = 500_000;
    static final int PAGE_WORDS_MIN = 40;
    static final int PAGE_WORDS_MAX = 2_000;

    /** What was written: pages indexed and the size of each file in bytes. */
    public record Written(int pages, int dataBytes, int textBytes) {
    }

    /** Writes both files of the site's search into the sink. */
    public Written write(Site site, List<ParsedArticle> parsed, PageSink sink, ForkJoinPool pool) {
        int perPage = wordsPerPage(site.articles().size() + site.comparisons().size());
        List<SearchEntry> entries = entries(site, parsed, pool, perPage);
        byte[] data = dataScript(entries).getBytes(StandardCharsets.UTF_8);
        byte[] text = textScript(entries).getBytes(StandardCharsets.UTF_8);
        sink.write(DATA, data);
        sink.write(TEXT, text);
        return new Written(entries.size(), data.length, text.length);
    }

    /**
     * Every page worth finding, its text cut to the word budget: articles (the home page too), comparisons
     * and glossary terms, sorted by URL. Each entry is made and trimmed on the pool's threads.
     */
    static List<SearchEntry> entries(Site site, List<ParsedArticle> parsed, ForkJoinPool pool, int wordsPerPage) {
        Map<String, ParsedArticle> byUrl = new HashMap<>();
        for (ParsedArticle p : parsed) byUrl.put(OutputPaths.article(p.source().relPath()), p);
        BodyRenderer text = new BodyRenderer();
        List<SearchEntry> entries = new ArrayList<>(pool.submit(() -> site.articles().parallelStream()
                .filter(a -> byUrl.containsKey(a.url()))
                .map(a -> trimmed(article(a, byUrl.get(a.url()), wordsPerPage), wordsPerPage)).toList()).join());
        entries.addAll(pool.submit(() -> site.comparisons().parallelStream()
                .map(c -> trimmed(comparison(c, text), wordsPerPage)).toList()).join());
        for (Term t : site.glossary().terms()) entries.add(trimmed(term(t), wordsPerPage));
        entries.sort(Comparator.comparing(SearchEntry::url));
        return entries;
    }

    private static SearchEntry article(Article a, ParsedArticle p, int maxWords) {
        return new SearchEntry(rootRelative(a.url()), a.title(), "article", a.aliases(), a.tags(),
                a.summary() == null ? "" : a.summary(), ArticleText.sections(p, maxWords));
    }

    /** Plain text of a table cell or note; most are words only, which need no Markdown parser. */
    private static String plain(Fragment f, BodyRenderer text) {
        String md = f.markdown().strip();
        return PLAIN.matcher(md).matches() ? md : text.plainText(f);
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[\\p{L}\\p{N} ,.;:?!'()/%+=-]*");

    private static SearchEntry comparison(Comparison c, BodyRenderer text) {
        List<SearchEntry.Section> sections = new ArrayList<>();
        List<String> subjects = c.subjects().stream().map(Comparison.Subject::title).toList();
        sections.add(new SearchEntry.Section("", "", "Compares " + String.join(", ", subjects) + "."));
        for (Comparison.Section s : c.sections()) {
            StringBuilder sb = new StringBuilder();
            for (Comparison.Row r : s.rows()) {
                sb.append(r.label()).append(':');
                for (Fragment v : r.values()) {
                    if (!v.isDeliberatelyEmpty()) sb.append(' ').append(plain(v, text)).append(';');
                }
                if (!r.note().isEmpty()) sb.append(' ').append(plain(r.note(), text));
                sb.append(' ');
            }
            String body = sb.toString().strip();
            if (s.heading().isEmpty() && sections.size() == 1) {
                sections.set(0, new SearchEntry.Section("", "", (sections.get(0).text() + " " + body).strip()));
            } else {
                sections.add(new SearchEntry.Section(s.heading(), "", body));
            }
        }
        return new SearchEntry(rootRelative(c.url()), c.title(), "comparison", List.of(), c.tags(),
                text.plainText(c.summary()), sections);
    }

    /** A glossary term: found by its name and aliases, it leads to its entry on the glossary page. */
    private static SearchEntry term(Term t) {
        String url = rootRelative(OutputPaths.GLOSSARY) + "#" + t.id();
        return new SearchEntry(url, t.name(), "term", t.aliases(), t.tags(), t.plainDefinition(),
                List.of(new SearchEntry.Section("", "", t.plainDefinition())));
    }

    private static String rootRelative(String outputPath) {
        return OutputPaths.relative("", outputPath, "");
    }

    /** The words of body text each page keeps in a wiki of this many pages. */
    static int wordsPerPage(int pages) {
        return Math.max(PAGE_WORDS_MIN, Math.min(PAGE_WORDS_MAX, SITE_WORDS / Math.max(1, pages)));
    }

    /** The entry with its text cut to the word budget (see the class comment). */
    static SearchEntry trimmed(SearchEntry e, int budget) {
        List<SearchEntry.Section> sections = e.sections();
        int[] words = new int[sections.size()];
        for (int i = 0; i < words.length; i++) words[i] = Words.count(sections.get(i).text());
        int[] keep = share(words, budget);
        boolean cut = false;
        for (int i = 0; i < words.length; i++) cut |= keep[i] != words[i];
        if (!cut) return e; // most pages are within their budget
        List<SearchEntry.Section> out = new ArrayList<>(sections.size());
        for (int i = 0; i < words.length; i++) {
            SearchEntry.Section s = sections.get(i);
            String text = keep[i] == words[i] ? s.text() : Words.first(s.text(), keep[i]);
            out.add(new SearchEntry.Section(s.heading(), s.anchor(), text));
        }
        return new SearchEntry(e.url(), e.title(), e.kind(), e.aliases(), e.tags(), e.summary(), out);
    }

    /**
     * How many words each section keeps so that all keep at most {@code budget}: short sections keep all
     * they have, and what they leave is shared equally among the longer ones.
     */
    static int[] share(int[] lengths, int budget) {
        // shortest first, ties in section order: sorted as (length, index) pairs packed in longs, without boxing
        long[] order = new long[lengths.length];
        for (int i = 0; i < order.length; i++) order[i] = (long) lengths[i] << 32 | i;
        Arrays.sort(order);
        int[] keep = new int[lengths.length];
        int left = budget;
        for (int k = 0; k < order.length; k++) {
            int i = (int) order[k];
            int fair = left / (order.length - k);
            keep[i] = Math.min(lengths[i], fair);
            left -= keep[i];
        }
        return keep;
    }

    static String dataScript(List<SearchEntry> entries) {
        StringBuilder sb = new StringBuilder("/* Lore search data: pages, titles, aliases, tags, summaries, headings. */\n");
        sb.append("window.LoreSearchData={\"format\":").append(FORMAT).append(",\"text\":\"").append(TEXT).append("\",\"pages\":[\n");
        for (int i = 0; i < entries.size(); i++) {
            SearchEntry e = entries.get(i);
            Json j = new Json(sb).open('[').string(e.url()).string(e.title()).string(e.kind());
            strings(j, e.aliases());
            strings(j, e.tags());
            j.string(e.summary()).open('[');
            for (SearchEntry.Section s : e.sections().subList(1, e.sections().size())) {
                j.open('[').string(s.heading()).string(s.anchor()).close(']');
            }
            j.close(']').close(']');
            sb.append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return sb.append("]};\n").toString();
    }

    static String textScript(List<SearchEntry> entries) {
        StringBuilder sb = new StringBuilder("/* Lore search data: the text of each page by section, in the order of index.js. */\n");
        sb.append("window.LoreSearchText=[\n");
        for (int i = 0; i < entries.size(); i++) {
            Json j = new Json(sb).open('[');
            for (SearchEntry.Section s : entries.get(i).sections()) j.string(s.text());
            j.close(']');
            sb.append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return sb.append("];\n").toString();
    }

    private static void strings(Json j, List<String> values) {
        j.open('[');
        for (String v : values) j.string(v);
        j.close(']');
    }
}
