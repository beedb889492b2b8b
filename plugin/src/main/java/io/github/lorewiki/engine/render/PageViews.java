package io.github.lorewiki.engine.render;

import java.util.List;
import java.util.Map;

/**
 * The view records templates receive, one per page kind, with every URL already made relative to the
 * page being rendered. templates/README.md documents each field; change both together.
 */
public final class PageViews {
    private PageViews() {
    }

    /** A link to a page: its title, its URL relative to the current page, and a one-line summary. */
    public record LinkView(String title, String href, String summary) {
        public LinkView(String title, String href) {
            this(title, href, "");
        }
    }

    /** A labelled count, such as a tag with the number of its articles. */
    public record CountedLink(String title, String href, int count) {
    }

    public record TocEntry(int level, String text, String href) {
    }

    /**
     * What every page shares: the site's name and the ways around it; {@code comparisonsHref} is empty without
     * comparisons, {@code glossaryHref} without glossary terms.
     */
    public record SiteView(String title, String homeHref, String azHref, String tagsHref, String comparisonsHref,
                           List<NavSection> sections, int articleCount, String glossaryHref) {
    }

    /** A top-level section in the sidebar; {@code current} when the page being rendered is in it. */
    public record NavSection(String title, String href, boolean current, List<LinkView> articles) {
    }

    public record ArticlePage(String title, String summary, String url, String sourcePath, List<LinkView> breadcrumb,
                              List<TocEntry> toc, BodyHtml bodyHtml, List<LinkView> tags, List<LinkView> backlinks,
                              List<String> aliases, Map<String, Object> extra, List<LinkView> children,
                              List<LinkView> subcategories, boolean draft, List<ComparedWith> comparedWith) {
    }

    /** A comparison this article is a subject of, and the other subjects it is compared with there. */
    public record ComparedWith(LinkView comparison, List<LinkView> others) {
    }

    /** A table cell: its HTML, and whether it was left empty on purpose. */
    public record Cell(String html, boolean empty) {
    }

    /** One criterion; {@code cells} follow the subjects' order. */
    public record TableRow(String label, List<Cell> cells, String noteHtml, boolean fromFacts) {
    }

    public record TableSection(String heading, List<TableRow> rows) {
    }

    /**
     * A comparison's table as shown on its page and wherever it is embedded.
     *
     * @param id         a stable id for the table element, from the comparison's URL
     * @param transposed subjects as rows, criteria as columns
     */
    public record ComparisonTable(String title, String href, String id, String summaryHtml, List<LinkView> subjects,
                                  List<TableSection> sections, List<String> sourcesHtml, boolean transposed) {
    }

    public record ComparisonPage(String title, String url, String sourcePath, List<LinkView> breadcrumb,
                                 ComparisonTable table, List<LinkView> tags, List<LinkView> related) {
    }

    public record ComparisonGroup(String title, List<LinkView> comparisons) {
    }

    public record ComparisonIndexPage(String title, String url, List<LinkView> breadcrumb, List<ComparisonGroup> groups) {
    }

    public record CategoryPage(String title, String summary, String url, List<LinkView> breadcrumb,
                               List<LinkView> articles, List<LinkView> subcategories) {
    }

    public record HomeSection(LinkView category, List<LinkView> articles, List<LinkView> subcategories) {
    }

    /** {@code glossaryHref} is empty when the glossary has no terms; {@code glossaryTerms} counts them. */
    public record HomePage(String title, String url, String introHtml, List<LinkView> topArticles,
                           List<HomeSection> sections, List<CountedLink> tags, List<LinkView> comparisons,
                           String comparisonsHref, String glossaryHref, int glossaryTerms) {
    }

    public record TagPage(String title, String url, List<LinkView> breadcrumb, List<LinkView> articles) {
    }

    public record TagIndexPage(String title, String url, List<LinkView> breadcrumb, List<CountedLink> tags) {
    }

    public record LetterGroup(String letter, String id, List<LinkView> articles) {
    }

    /** The A–Z index; {@code letters} lists every letter A–Z and those used, with whether it has entries. */
    public record AzPage(String title, String url, List<LinkView> breadcrumb, List<LetterGroup> groups,
                         List<CountedLink> letters) {
    }

    public record NotFoundPage(String title, String url) {
    }

    /**
     * One row of the glossary: a term with everything known about it, or, when {@code aliasOf} has an href,
     * another name of a term, pointing to it.
     *
     * @param id             the term's anchor on the page ({@code term-<slug>}); empty for an alias row
     * @param definitionHtml the definition, rendered for the glossary page
     * @param definedIn      the article that defines the term; empty title and href when a glossary file does
     * @param usedIn         articles that mention the term, by title, at most {@link GlossaryPage#USED_IN_SHOWN}
     * @param usedInMore     how many more articles mention it (all are in glossary.json)
     * @param filterText     the term and its aliases in lower case, one per line, for the filter box
     */
    public record GlossaryEntry(String term, String id, LinkView aliasOf, String definitionHtml, List<String> aliases,
                                List<LinkView> seeAlso, LinkView definedIn, List<LinkView> usedIn, int usedInMore,
                                List<String> tags, String filterText) {
    }

    /** The entries filed under one letter; {@code id} is the section's anchor ({@code letter-a}). */
    public record GlossaryGroup(String letter, String id, List<GlossaryEntry> entries) {
    }

    /**
     * The glossary page: terms A–Z, grouped by letter.
     *
     * @param letters  every letter A–Z and any other used, with its number of entries (0: shown disabled)
     * @param jsonHref glossary.json, every term as data
     */
    public record GlossaryPage(String title, String url, List<LinkView> breadcrumb, List<CountedLink> letters,
                               List<GlossaryGroup> groups, int termCount, String jsonHref) {
        public static final int USED_IN_SHOWN = 20;
    }
}
