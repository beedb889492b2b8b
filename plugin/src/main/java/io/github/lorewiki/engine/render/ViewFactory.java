package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Category;
import io.github.lorewiki.engine.model.Heading;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.render.PageViews.ArticlePage;
import io.github.lorewiki.engine.render.PageViews.AzPage;
import io.github.lorewiki.engine.render.PageViews.CategoryPage;
import io.github.lorewiki.engine.render.PageViews.CountedLink;
import io.github.lorewiki.engine.render.PageViews.HomePage;
import io.github.lorewiki.engine.render.PageViews.HomeSection;
import io.github.lorewiki.engine.render.PageViews.LetterGroup;
import io.github.lorewiki.engine.render.PageViews.LinkView;
import io.github.lorewiki.engine.render.PageViews.NavSection;
import io.github.lorewiki.engine.render.PageViews.SiteView;
import io.github.lorewiki.engine.render.PageViews.TagIndexPage;
import io.github.lorewiki.engine.render.PageViews.TagPage;
import io.github.lorewiki.engine.render.PageViews.TocEntry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the view record of each page from the site model, with every URL relative to that page. */
final class ViewFactory {
    private final Site site;
    private final ComparisonViews comparisons;
    /** Categories by folder: Site looks them up one by one, and every page asks for several. */
    private final Map<String, Category> categories = new java.util.HashMap<>();

    ViewFactory(Site site, ComparisonViews comparisons) {
        this.site = site;
        this.comparisons = comparisons;
        for (Category c : site.categories()) categories.putIfAbsent(c.folder(), c);
    }

    private Category categoryAt(String folder) {
        return categories.get(folder);
    }

    SiteView siteView(String pageUrl, String currentFolder) {
        List<NavSection> sections = new ArrayList<>();
        Category home = categoryAt("");
        String top = currentFolder == null || currentFolder.isEmpty() ? "" : currentFolder.split("/")[0];
        for (String folder : home.subfolders()) {
            Category c = categoryAt(folder);
            boolean current = folder.equals(top);
            // the open section lists its articles; others stay collapsed, so a page's size does not grow with the wiki
            sections.add(new NavSection(c.title(), href(pageUrl, c.url()), current, current ? articles(pageUrl, c.articleUrls()) : List.of()));
        }
        String comparisonsHref = site.comparisons().isEmpty() ? "" : href(pageUrl, OutputPaths.COMPARISONS);
        String glossaryHref = site.glossary().isEmpty() ? "" : href(pageUrl, OutputPaths.GLOSSARY);
        return new SiteView(site.title(), href(pageUrl, OutputPaths.HOME), href(pageUrl, OutputPaths.A_TO_Z),
                href(pageUrl, OutputPaths.TAGS), comparisonsHref, sections, site.articles().size(), glossaryHref);
    }

    /** The shared part of a page served at any address (404.html): every link absolute, from the base URL. */
    SiteView absoluteSiteView(String base) {
        SiteView v = siteView(OutputPaths.NOT_FOUND, null);
        java.util.function.UnaryOperator<String> abs = h -> h.isEmpty() ? h : base + h;
        List<NavSection> sections = v.sections().stream()
                .map(n -> new NavSection(n.title(), abs.apply(n.href()), n.current(), n.articles())).toList();
        return new SiteView(v.title(), abs.apply(v.homeHref()), abs.apply(v.azHref()), abs.apply(v.tagsHref()),
                abs.apply(v.comparisonsHref()), sections, v.articleCount(), abs.apply(v.glossaryHref()));
    }

    ArticlePage article(Article a, BodyHtml bodyHtml) {
        String url = a.url();
        List<TocEntry> toc = new ArrayList<>();
        for (Heading h : a.headings()) {
            if (h.level() >= 2 && h.level() <= 3) toc.add(new TocEntry(h.level(), h.text(), "#" + h.id()));
        }
        List<LinkView> tags = a.tags().stream().map(t -> new LinkView(t, href(url, OutputPaths.tag(t)))).toList();
        List<LinkView> backlinks = articles(url, site.backlinks().getOrDefault(url, List.of()));
        List<LinkView> children = List.of();
        List<LinkView> subcategories = List.of();
        if (a.folderIndex()) {
            Category c = categoryAt(a.folder());
            children = articles(url, c.articleUrls());
            subcategories = categories(url, c.subfolders());
        }
        List<LinkView> crumbs = breadcrumb(url, a.folderIndex() ? OutputPaths.folderOf(a.folder()) : a.folder(), !a.folderIndex() || !a.folder().isEmpty());
        return new ArticlePage(a.title(), nz(a.summary()), url, a.sourcePath(), crumbs, toc, bodyHtml, tags, backlinks,
                a.aliases(), a.extra(), children, subcategories, a.draft(), comparisons.comparedWith(url));
    }

    CategoryPage category(Category c) {
        String url = c.url();
        return new CategoryPage(c.title(), nz(c.summary()), url, breadcrumb(url, OutputPaths.folderOf(c.folder()), true),
                articles(url, c.articleUrls()), categories(url, c.subfolders()));
    }

    HomePage home(String title, String introHtml) {
        String url = OutputPaths.HOME;
        Category root = categoryAt("");
        List<HomeSection> sections = new ArrayList<>();
        for (String folder : root.subfolders()) {
            Category c = categoryAt(folder);
            sections.add(new HomeSection(new LinkView(c.title(), href(url, c.url()), nz(c.summary())),
                    articles(url, c.articleUrls()), categories(url, c.subfolders())));
        }
        List<LinkView> comparisonLinks = site.comparisons().stream()
                .map(c -> new LinkView(c.title(), href(url, c.url()))).sorted(java.util.Comparator.comparing(LinkView::title)).toList();
        return new HomePage(title, url, introHtml, articles(url, root.articleUrls()), sections, tagCounts(url), comparisonLinks,
                site.comparisons().isEmpty() ? "" : href(url, OutputPaths.COMPARISONS),
                site.glossary().isEmpty() ? "" : href(url, OutputPaths.GLOSSARY), site.glossary().terms().size());
    }

    TagPage tag(String tag) {
        String url = OutputPaths.tag(tag);
        List<LinkView> crumbs = List.of(new LinkView("Home", href(url, OutputPaths.HOME)), new LinkView("Tags", href(url, OutputPaths.TAGS)));
        return new TagPage(tag, url, crumbs, articles(url, site.tags().get(tag)));
    }

    TagIndexPage tagIndex() {
        String url = OutputPaths.TAGS;
        return new TagIndexPage("Tags", url, List.of(new LinkView("Home", href(url, OutputPaths.HOME))), tagCounts(url));
    }

    AzPage az() {
        String url = OutputPaths.A_TO_Z;
        Map<String, List<LinkView>> groups = new TreeMap<>();
        site.articles().stream().sorted(Article.BY_TITLE).forEach(a ->
                groups.computeIfAbsent(letterOf(a.title()), k -> new ArrayList<>()).add(new LinkView(a.title(), href(url, a.url()), nz(a.summary()))));
        List<LetterGroup> list = new ArrayList<>();
        groups.forEach((letter, items) -> list.add(new LetterGroup(letter, letterId(letter), List.copyOf(items))));
        List<CountedLink> letters = new ArrayList<>();
        for (char ch = 'A'; ch <= 'Z'; ch++) {
            String l = String.valueOf(ch);
            letters.add(new CountedLink(l, "#" + letterId(l), groups.getOrDefault(l, List.of()).size()));
        }
        groups.forEach((l, items) -> {
            if (l.length() != 1 || l.charAt(0) < 'A' || l.charAt(0) > 'Z') letters.add(new CountedLink(l, "#" + letterId(l), items.size()));
        });
        return new AzPage("All articles A\u2013Z", url, List.of(new LinkView("Home", href(url, OutputPaths.HOME))), list, letters);
    }

    /** The letter an entry is filed under: its first letter without accents, or '#' for digits and signs. */
    static String letterOf(String title) {
        String s = Normalizer.normalize(title.strip(), Normalizer.Form.NFD);
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            if (Character.isDigit(cp)) return "#";
        }
        return "#";
    }

    private static String letterId(String letter) {
        return letter.equals("#") ? "letter-other" : "letter-" + letter.toLowerCase(Locale.ROOT);
    }

    private List<CountedLink> tagCounts(String url) {
        List<CountedLink> out = new ArrayList<>();
        site.tags().forEach((t, urls) -> out.add(new CountedLink(t, href(url, OutputPaths.tag(t)), urls.size())));
        return out;
    }

    private List<LinkView> breadcrumb(String pageUrl, String folder, boolean includeFolder) {
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(new LinkView("Home", href(pageUrl, OutputPaths.HOME)));
        if (!includeFolder || folder == null || folder.isEmpty()) return crumbs;
        StringBuilder path = new StringBuilder();
        for (String part : folder.split("/")) {
            if (path.length() > 0) path.append('/');
            path.append(part);
            Category c = categoryAt(path.toString());
            if (c != null) crumbs.add(new LinkView(c.title(), href(pageUrl, c.url())));
        }
        return crumbs;
    }

    private List<LinkView> articles(String pageUrl, List<String> urls) {
        List<LinkView> out = new ArrayList<>(urls.size());
        for (String u : urls) {
            Article a = site.article(u);
            if (a != null) out.add(new LinkView(a.title(), href(pageUrl, u), nz(a.summary())));
            else out.add(new LinkView(site.comparison(u).title(), href(pageUrl, u), "Comparison"));
        }
        return out;
    }

    private List<LinkView> categories(String pageUrl, List<String> folders) {
        return folders.stream().map(this::categoryAt).map(c -> new LinkView(c.title(), href(pageUrl, c.url()), nz(c.summary()))).toList();
    }

    static String href(String from, String to) {
        return OutputPaths.relative(from, to, "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
