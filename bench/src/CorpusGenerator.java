import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the benchmark corpus: N Markdown articles in Lore's format, a glossary and comparison
 * definitions, and the same articles again as a Hugo site (wikilinks become relative Markdown links),
 * so that both tools are measured on the same work.
 *
 * <p>Deterministic: the same seed and N give the same bytes on every machine (java.util.Random is
 * specified bit for bit). Runs without a compile step:
 * <pre>java bench/src/CorpusGenerator.java --articles 1000 --seed 42 --lore DIR --hugo DIR</pre>
 * Either output may be left out. Existing output folders are replaced. The Hugo site's configuration and
 * layouts are copied from {@code --hugo-site DIR} (default {@code bench/hugo-site}, from the repository root).
 */
public final class CorpusGenerator {

    // ---------------------------------------------------------------- vocabulary

    static final String[] TOPS = {"foundations", "methods", "systems", "practice", "history"};
    static final String[][] SUBS = {
            {"concepts", "models", "theories", "principles"},
            {"analysis", "design", "measurement", "experiments"},
            {"memory", "networks", "institutions", "tools"},
            {"teams", "routines", "training", "reviews"},
            {"origins", "schools", "debates", "people"},
    };

    static final String[] ADJECTIVES = {
            "Adaptive", "Distributed", "Tacit", "Explicit", "Collective", "Reflective", "Iterative", "Emergent",
            "Situated", "Structured", "Informal", "Formal", "Latent", "Shared", "Embedded", "Dynamic", "Static",
            "Recursive", "Incremental", "Radical", "Bounded", "Open", "Closed", "Layered", "Modular", "Federated",
            "Local", "Global", "Implicit", "Procedural", "Declarative", "Semantic", "Episodic", "Cognitive",
            "Social", "Technical", "Strategic", "Operational", "Tactical", "Experimental", "Empirical",
            "Theoretical", "Practical", "Critical", "Comparative", "Historical", "Temporal", "Spatial", "Networked",
            "Hierarchical", "Lateral", "Vertical", "Continuous", "Discrete", "Resilient", "Fragile", "Robust",
            "Lean", "Agile", "Deliberate"};
    static final String[] NOUNS = {
            "Memory", "Knowledge", "Learning", "Feedback", "Routine", "Practice", "Inquiry", "Network", "Archive",
            "Transfer", "Retention", "Diffusion", "Adoption", "Capability", "Competence", "Expertise", "Judgement",
            "Sensemaking", "Coordination", "Alignment", "Governance", "Stewardship", "Mentoring", "Coaching",
            "Documentation", "Curation", "Taxonomy", "Ontology", "Schema", "Model", "Pattern", "Heuristic",
            "Signal", "Metric", "Benchmark", "Review", "Retrospective", "Experiment", "Prototype", "Iteration",
            "Absorption", "Codification", "Personalization", "Socialization", "Externalization",
            "Internalization", "Combination", "Reflection", "Attention", "Trust", "Ambiguity", "Uncertainty",
            "Redundancy", "Slack", "Variation", "Selection", "Exploration", "Exploitation", "Search", "Recall",
            "Forgetting", "Unlearning", "Resistance", "Change", "Culture", "Identity", "Boundary", "Interface",
            "Handover", "Onboarding", "Apprenticeship", "Community", "Forum", "Repository", "Index", "Lineage",
            "Provenance", "Synthesis", "Evaluation", "Calibration"};
    static final String[] THIRDS = {
            "Theory", "Loop", "Cycle", "Framework", "Method", "Principle", "Effect", "Paradox", "Strategy", "Process",
            "System", "Gap", "Trap", "Curve", "Lens", "Map", "Ladder", "Matrix", "Spiral", "Pipeline", "Protocol",
            "Playbook", "Canon", "Doctrine", "Hypothesis", "Problem", "Puzzle", "Dilemma", "Bias", "Horizon",
            "Threshold", "Ratio", "Index", "Budget", "Ledger", "Charter", "Audit", "Survey", "Study", "Model"};

    static final String[] HEADINGS = {
            "Overview", "Background", "Definition", "Mechanisms", "Key ideas", "Evidence", "Criticism",
            "Applications", "History", "Related ideas", "Measurement", "Open questions", "Examples", "Variants",
            "Limitations", "Common mistakes", "In practice", "Case study", "Comparison", "Further reading",
            "Terminology", "Assumptions", "Implications", "Design choices", "Trade offs", "Failure modes",
            "Implementation", "Adoption", "Metrics", "Governance", "Tooling", "Risks", "Benefits", "Costs",
            "Origins", "Modern use", "Teaching it", "Checklist", "Worked example", "Summary of findings"};

    static final String[] TAGS = {
            "learning", "memory", "knowledge", "teams", "culture", "metrics", "method", "theory", "practice",
            "history", "tools", "design", "research", "review", "feedback", "strategy", "operations", "people",
            "change", "governance", "training", "documentation", "networks", "communities", "evaluation",
            "experiments", "patterns", "risk", "quality", "leadership", "communication", "cognition", "systems",
            "models", "ethics", "economics", "psychology", "sociology", "engineering", "management"};

    static final String[] CRITERIA = {
            "Scope", "Cost", "Maturity", "Evidence", "Time to adopt", "Team size", "Tooling", "Risk",
            "Measurability", "Origin", "Main author", "Best for", "Weakness", "Feedback speed", "Formality"};
    static final String[] CRITERION_VALUES = {
            "low", "medium", "high", "very high", "narrow", "broad", "weeks", "months", "years", "small", "large",
            "strong", "weak", "mixed", "informal", "formal", "fast", "slow", "1990s", "2000s", "2010s", "none",
            "some", "extensive"};

    static final String[] WORDS = (
            "the of and to in a is that for it as was with be by on not he this are or his from at which but have "
                    + "an they you were their one all we can her has there been if more when will would who so no "
                    + "team teams work process system people group practice knowledge information learning "
                    + "change time way example first new used use many also some these other than then them "
                    + "into could only over most such through where much before after between both each under "
                    + "while during without again further however often usually rarely always sometimes "
                    + "organization project review decision problem result evidence study studies member members "
                    + "manager managers routine routines record records habit skill skills document documents "
                    + "experience lesson lessons feedback signal signals pattern patterns model models method "
                    + "approach idea ideas question questions answer answers case cases context detail details "
                    + "structure structures source sources level levels effect effects cost costs value values "
                    + "shared common local explicit tacit formal informal small large early late simple complex "
                    + "useful careful slow quick stable open clear hidden direct indirect known unknown whole "
                    + "describes explains shows suggests requires supports limits improves reduces increases "
                    + "creates keeps moves turns builds finds makes takes gives helps leads follows depends "
                    + "writes reads asks tests measures compares records repeats learns forgets notices holds").split(" ");

    static final String[] SYLLABLES = {
            "ka", "lo", "ven", "tra", "mi", "sor", "dal", "quin", "ber", "zu", "fel", "nor", "ix", "ost", "ral",
            "pha", "gen", "tis", "mo", "ru", "vel", "cor", "dra", "ple", "sta", "nu", "bri", "mak", "tor", "shi",
            "len", "gru", "ova", "pex", "lum", "syn", "tec", "har", "vio", "qua"};
    static final String[] TERM_HEADS = {
            "loop", "index", "drift", "gradient", "field", "cache", "ledger", "frame", "bridge", "lattice",
            "cascade", "anchor", "threshold", "circuit", "register", "mesh", "filter", "horizon", "vector", "kernel"};

    static final String[] CODE_LANGS = {"java", "python", "yaml", "bash", "text"};

    // ---------------------------------------------------------------- model

    record Term(String name, List<String> aliases, String definition) {
    }

    static final class ArticlePlan {
        final int index;
        final String title;
        final String alias; // or null
        final String folder; // top/sub
        final String slug;
        final List<String> headings = new ArrayList<>();
        final List<Integer> headingLevels = new ArrayList<>();
        List<String> tags;
        String summary;

        ArticlePlan(int index, String title, String alias, String folder, String slug) {
            this.index = index;
            this.title = title;
            this.alias = alias;
            this.folder = folder;
            this.slug = slug;
        }

        String relPath() {
            return folder + "/" + slug + ".md";
        }

        String htmlPath() {
            return folder + "/" + slug + ".html";
        }
    }

    /** A comparison: criterion {@code labels.get(r)} has {@code values.get(r).get(s)} for subject s. */
    record ComparisonPlan(String name, String title, List<ArticlePlan> subjects, List<String> labels,
                          List<List<String>> values) {
    }

    /** A wikilink as written in the Lore source; the Hugo copy writes the same link in Markdown. */
    record WikiLink(ArticlePlan target, String written, String heading, String label) {
    }

    private final Random rnd;
    private final int n;
    private final List<Term> terms = new ArrayList<>();
    private final List<ArticlePlan> articles = new ArrayList<>();

    CorpusGenerator(int n, long seed) {
        this.n = n;
        this.rnd = new Random(seed);
        planGlossary();
        planArticles();
    }

    // ---------------------------------------------------------------- planning

    private void planGlossary() {
        Set<String> used = new HashSet<>();
        while (terms.size() < 1000) {
            StringBuilder w = new StringBuilder();
            int syl = 2 + rnd.nextInt(2);
            for (int i = 0; i < syl; i++) w.append(pick(SYLLABLES));
            String word = w.toString();
            String name = rnd.nextInt(10) < 3 ? word + " " + pick(TERM_HEADS) : word;
            if (!used.add(name)) continue;
            List<String> aliases = new ArrayList<>();
            if (rnd.nextInt(4) == 0) {
                String alias = name.contains(" ") ? initials(name) + "-" + word.substring(0, 2) : word + "ism";
                if (used.add(alias)) aliases.add(alias);
            }
            String definition = capitalize(sentenceWords(10 + rnd.nextInt(10))) + ".";
            terms.add(new Term(name, aliases, definition));
        }
    }

    private void planArticles() {
        Set<String> titles = new HashSet<>();
        List<String> folders = new ArrayList<>();
        for (int t = 0; t < TOPS.length; t++) for (String s : SUBS[t]) folders.add(TOPS[t] + "/" + s);
        for (int i = 0; i < n; i++) {
            String title;
            String[] parts;
            do {
                parts = new String[]{pick(ADJECTIVES), pick(NOUNS), pick(THIRDS)};
                title = parts[0] + " " + parts[1] + " " + parts[2];
            } while (!titles.add(title.toLowerCase(Locale.ROOT)));
            // "Theory of Adaptive Memory": unique because the title is, and no title contains " of "
            String alias = rnd.nextInt(10) < 3 ? parts[2] + " of " + parts[0] + " " + parts[1] : null;
            String folder = folders.get(rnd.nextInt(folders.size()));
            ArticlePlan a = new ArticlePlan(i, title, alias, folder, title.toLowerCase(Locale.ROOT).replace(' ', '-'));
            int headingCount = 5 + rnd.nextInt(6);
            List<String> pool = new ArrayList<>(List.of(HEADINGS));
            for (int h = 0; h < headingCount; h++) {
                a.headings.add(pool.remove(rnd.nextInt(pool.size())));
                a.headingLevels.add(h > 0 && rnd.nextInt(4) == 0 ? 3 : 2);
            }
            Set<String> tags = new LinkedHashSet<>();
            int tagCount = 2 + rnd.nextInt(3);
            while (tags.size() < tagCount) tags.add(pick(TAGS));
            a.tags = List.copyOf(tags);
            a.summary = capitalize(sentenceWords(8 + rnd.nextInt(8))) + ".";
            articles.add(a);
        }
    }

    // ---------------------------------------------------------------- article text

    /** One article: the Lore body with wikilinks, and the link plan so the Hugo copy can rewrite them. */
    private String body(ArticlePlan a, List<WikiLink> links) {
        List<Term> topical = new ArrayList<>();
        for (int i = 0; i < 15; i++) topical.add(terms.get(rnd.nextInt(terms.size())));

        int linkCount = n > 1 ? 4 + rnd.nextInt(7) : 0;
        for (int i = 0; i < linkCount; i++) links.add(i == 0 ? next(a) : link(a));
        // each link goes into one paragraph; paragraphs take them in order
        List<WikiLink> pending = new ArrayList<>(links);

        int sections = a.headings.size();
        int listAt = rnd.nextInt(sections);
        int tableAt = rnd.nextInt(sections);
        int codeAt = rnd.nextInt(sections);
        boolean footnote = rnd.nextInt(3) == 0;
        int tasksAt = rnd.nextInt(4) == 0 ? rnd.nextInt(sections) : -1;
        int defsAt = rnd.nextInt(5) == 0 ? rnd.nextInt(sections) : -1;
        int quoteAt = rnd.nextInt(3) == 0 ? rnd.nextInt(sections) : -1;
        int paragraphsLeft = 1;
        for (int s = 0; s < sections; s++) paragraphsLeft += 1 + (s % 2);

        StringBuilder sb = new StringBuilder(7000);
        sb.append(paragraph(topical, pending, paragraphsLeft--, footnote)).append("\n\n");
        for (int s = 0; s < sections; s++) {
            sb.append("#".repeat(a.headingLevels.get(s))).append(' ').append(a.headings.get(s)).append("\n\n");
            int paragraphs = 1 + (s % 2);
            for (int p = 0; p < paragraphs; p++) {
                sb.append(paragraph(topical, pending, paragraphsLeft--, false)).append("\n\n");
            }
            if (s == listAt) sb.append(bulletList(topical)).append('\n');
            if (s == tasksAt) sb.append(taskList()).append('\n');
            if (s == tableAt) sb.append(table(topical)).append('\n');
            if (s == codeAt) sb.append(codeBlock(topical)).append('\n');
            if (s == defsAt) sb.append(definitionList(topical)).append('\n');
            if (s == quoteAt) sb.append("> ").append(sentence(topical)).append(' ').append(sentence(topical)).append("\n\n");
        }
        if (rnd.nextInt(4) == 0) {
            sb.append("See also https://example.org/wiki/").append(a.slug).append(" and the ~~old~~ current notes.\n\n");
        }
        if (footnote) sb.append("[^1]: ").append(sentence(topical)).append("\n");
        return sb.toString();
    }

    /** The first link of each article goes to the next one, so that no article is an orphan (Lore warns). */
    private WikiLink next(ArticlePlan from) {
        ArticlePlan to = articles.get((from.index + 1) % articles.size());
        return new WikiLink(to, "[[" + to.title + "]]", null, to.title);
    }

    private WikiLink link(ArticlePlan from) {
        ArticlePlan to;
        do {
            // half the links stay in the same folder, as they do in real wikis
            to = articles.get(rnd.nextInt(articles.size()));
            if (rnd.nextBoolean()) {
                for (int tries = 0; tries < 20 && !to.folder.equals(from.folder); tries++) {
                    to = articles.get(rnd.nextInt(articles.size()));
                }
            }
        } while (to == from);
        int kind = rnd.nextInt(20);
        if (kind < 8) return new WikiLink(to, "[[" + to.title + "]]", null, to.title);
        if (kind < 13) {
            String label = rnd.nextBoolean() ? to.title.toLowerCase(Locale.ROOT) : "this " + to.title.split(" ")[2].toLowerCase(Locale.ROOT);
            return new WikiLink(to, "[[" + to.title + "|" + label + "]]", null, label);
        }
        if (kind < 17) {
            String h = to.headings.get(rnd.nextInt(to.headings.size()));
            return new WikiLink(to, "[[" + to.title + "#" + h + "]]", h, to.title + " \u203a " + h);
        }
        if (to.alias != null) return new WikiLink(to, "[[" + to.alias + "]]", null, to.alias);
        return new WikiLink(to, "[[" + to.title + "]]", null, to.title);
    }

    private String paragraph(List<Term> topical, List<WikiLink> pending, int paragraphsLeft, boolean footnote) {
        int sentences = 3 + rnd.nextInt(2);
        // spread the links over the remaining paragraphs
        int linksHere = pending.isEmpty() ? 0 : Math.max(pending.size() >= paragraphsLeft ? 1 : 0,
                rnd.nextInt(paragraphsLeft) < pending.size() ? 1 : 0);
        if (paragraphsLeft <= 1) linksHere = pending.size();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) sb.append(' ');
            String s = sentence(topical);
            if (linksHere > 0 && (i == sentences - 1 || rnd.nextBoolean())) {
                int links = i == sentences - 1 ? linksHere : 1;
                StringBuilder withLinks = new StringBuilder(s.substring(0, s.length() - 1));
                for (int l = 0; l < links; l++) {
                    withLinks.append(l == 0 ? (rnd.nextBoolean() ? ", as described in " : "; see ") : " and ")
                            .append(pending.remove(0).written());
                }
                s = withLinks.append('.').toString();
                linksHere -= links;
            }
            sb.append(s);
        }
        if (footnote) sb.append("[^1]");
        return sb.toString();
    }

    private String sentence(List<Term> topical) {
        int words = 9 + rnd.nextInt(12);
        List<String> out = new ArrayList<>(words + 2);
        for (int i = 0; i < words; i++) out.add(pick(WORDS));
        int mentions = rnd.nextInt(10) < 6 ? 1 + (rnd.nextInt(4) == 0 ? 1 : 0) : 0;
        for (int m = 0; m < mentions; m++) out.add(1 + rnd.nextInt(out.size() - 1), mention(topical));
        if (rnd.nextInt(12) == 0) out.add(1 + rnd.nextInt(out.size() - 1), "*" + pick(WORDS) + "*");
        if (rnd.nextInt(15) == 0) out.add(1 + rnd.nextInt(out.size() - 1), "`" + pick(WORDS) + "_" + pick(WORDS) + "`");
        return capitalize(String.join(" ", out)) + ".";
    }

    private String mention(List<Term> topical) {
        Term t = rnd.nextBoolean() ? topical.get(rnd.nextInt(topical.size())) : terms.get(rnd.nextInt(terms.size()));
        String name = !t.aliases().isEmpty() && rnd.nextInt(4) == 0 ? t.aliases().get(0) : t.name();
        int form = rnd.nextInt(10);
        if (form == 0) return "**" + name + "**";
        if (form == 1 && !name.contains("-")) return name + "s"; // plural
        return name;
    }

    private String bulletList(List<Term> topical) {
        StringBuilder sb = new StringBuilder();
        boolean ordered = rnd.nextInt(3) == 0;
        int items = 4 + rnd.nextInt(4);
        for (int i = 0; i < items; i++) {
            sb.append(ordered ? (i + 1) + ". " : "- ").append(capitalize(mention(topical))).append(": ")
                    .append(sentenceWords(5 + rnd.nextInt(8))).append('\n');
            if (i == 1 && rnd.nextBoolean()) {
                sb.append(ordered ? "   - " : "  - ").append(sentenceWords(4 + rnd.nextInt(5))).append('\n');
            }
        }
        return sb.toString();
    }

    private String taskList() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3 + rnd.nextInt(3); i++) {
            sb.append(rnd.nextBoolean() ? "- [x] " : "- [ ] ").append(capitalize(sentenceWords(4 + rnd.nextInt(6)))).append('\n');
        }
        return sb.toString();
    }

    private String table(List<Term> topical) {
        StringBuilder sb = new StringBuilder();
        int cols = 3 + rnd.nextInt(2);
        String[] header = {"Aspect", "Typical value", "Notes", "Source"};
        sb.append('|');
        for (int c = 0; c < cols; c++) sb.append(' ').append(header[c]).append(" |");
        sb.append("\n|");
        for (int c = 0; c < cols; c++) sb.append(c == 1 ? " ---: |" : " :--- |");
        sb.append('\n');
        int rows = 3 + rnd.nextInt(4);
        for (int r = 0; r < rows; r++) {
            sb.append("| ").append(capitalize(mention(topical))).append(" | ").append(rnd.nextInt(1000))
                    .append(" | ").append(sentenceWords(3 + rnd.nextInt(4))).append(" |");
            if (cols == 4) sb.append(" `").append(pick(WORDS)).append('-').append(rnd.nextInt(100)).append("` |");
            sb.append('\n');
        }
        return sb.toString();
    }

    private String codeBlock(List<Term> topical) {
        String lang = pick(CODE_LANGS);
        StringBuilder sb = new StringBuilder("```").append(lang).append('\n');
        int lines = 6 + rnd.nextInt(9);
        for (int i = 0; i < lines; i++) {
            String id = identifier(topical.get(rnd.nextInt(topical.size())).name());
            switch (lang) {
                case "java" -> sb.append(i == 0 ? "var " + id + " = new Ledger();" : "    " + id + ".record(\"" + pick(WORDS) + "\", " + rnd.nextInt(100) + ");");
                case "python" -> sb.append(i == 0 ? "def " + id + "(xs):" : "    " + id + " = sum(x * " + rnd.nextInt(10) + " for x in xs)  # " + pick(WORDS));
                case "yaml" -> sb.append(id).append(": ").append(rnd.nextInt(1000)).append("  # ").append(pick(WORDS));
                case "bash" -> sb.append("lore-tool --").append(pick(WORDS)).append(' ').append(id).append(" > out/").append(id).append(".txt");
                default -> sb.append(id).append(" -> ").append(sentenceWords(3 + rnd.nextInt(4)));
            }
            sb.append('\n');
        }
        return sb.append("```\n").toString();
    }

    private String definitionList(List<Term> topical) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2 + rnd.nextInt(2); i++) {
            sb.append(capitalize(mention(topical))).append("\n: ").append(capitalize(sentenceWords(6 + rnd.nextInt(8)))).append(".\n\n");
        }
        return sb.toString();
    }

    private String sentenceWords(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) sb.append(' ');
            sb.append(pick(WORDS));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- writing

    void write(Path lore, Path hugo, Path hugoSite) throws IOException {
        if (lore != null) prepare(lore);
        if (hugo != null) {
            prepare(hugo);
            writeHugoSkeleton(hugoSite, hugo);
        }
        for (ArticlePlan a : articles) {
            List<WikiLink> links = new ArrayList<>();
            String body = body(a, links);
            if (lore != null) write(lore.resolve(a.relPath()), loreFrontMatter(a) + body);
            if (hugo != null) write(hugo.resolve("content").resolve(a.relPath()), hugoFrontMatter(a) + hugoBody(a, body, links));
        }
        String glossary = glossaryYaml();
        List<ComparisonPlan> comparisons = comparisons();
        if (lore != null) {
            write(lore.resolve("glossary.yml"), glossary);
            for (ComparisonPlan c : comparisons) write(lore.resolve("comparisons").resolve(c.name() + ".yml"), loreComparisonYaml(c));
        }
        if (hugo != null) {
            // the same glossary as a data file, and a page whose layout lists it (layouts/_default/glossary.html)
            write(hugo.resolve("data/glossary.yaml"), glossary);
            write(hugo.resolve("content/glossary.md"), "---\ntitle: \"Glossary\"\nlayout: glossary\n---\n");
            // each comparison: a data file, and a page naming it (layouts/comparisons/single.html); the
            // section's list page plays the part of Lore's comparisons/index.html
            write(hugo.resolve("content/comparisons/_index.md"), "---\ntitle: \"Comparisons\"\n---\n");
            for (ComparisonPlan c : comparisons) {
                write(hugo.resolve("data/comparisons").resolve(c.name() + ".yaml"), hugoComparisonYaml(c));
                write(hugo.resolve("content/comparisons").resolve(c.name() + ".md"),
                        "---\ntitle: \"" + c.title() + "\"\ncomparison: " + c.name() + "\n---\n");
            }
            for (int t = 0; t < TOPS.length; t++) {
                write(hugo.resolve("content").resolve(TOPS[t]).resolve("_index.md"), "---\ntitle: \"" + humanize(TOPS[t]) + "\"\n---\n");
                for (String s : SUBS[t]) {
                    write(hugo.resolve("content").resolve(TOPS[t]).resolve(s).resolve("_index.md"), "---\ntitle: \"" + humanize(s) + "\"\n---\n");
                }
            }
        }
    }

    private static String loreFrontMatter(ArticlePlan a) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: \"").append(a.title).append("\"\n");
        if (a.alias != null) sb.append("aliases: [\"").append(a.alias).append("\"]\n");
        sb.append("summary: \"").append(a.summary).append("\"\n");
        sb.append("tags: [").append(String.join(", ", a.tags)).append("]\n");
        return sb.append("---\n").toString();
    }

    /** Hugo's own {@code aliases} key means redirect pages, so the Hugo copy leaves it out. */
    private static String hugoFrontMatter(ArticlePlan a) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: \"").append(a.title).append("\"\n");
        sb.append("summary: \"").append(a.summary).append("\"\n");
        sb.append("tags: [").append(String.join(", ", a.tags)).append("]\n");
        return sb.append("---\n").toString();
    }

    /** The same body, each wikilink replaced by a relative Markdown link to the page Hugo writes. */
    private static String hugoBody(ArticlePlan from, String body, List<WikiLink> links) {
        StringBuilder sb = new StringBuilder(body.length() + 512);
        int at = 0;
        for (WikiLink l : links) {
            int i = body.indexOf(l.written(), at);
            if (i < 0) throw new IllegalStateException("link not found in body: " + l.written());
            sb.append(body, at, i);
            String href = relative(from.htmlPath(), l.target().htmlPath());
            if (l.heading() != null) href += "#" + l.heading().toLowerCase(Locale.ROOT).replace(' ', '-');
            sb.append('[').append(l.label()).append("](").append(href).append(')');
            at = i + l.written().length();
        }
        return sb.append(body, at, body.length()).toString();
    }

    static String relative(String from, String to) {
        String[] f = from.split("/");
        String[] t = to.split("/");
        int common = 0;
        while (common < f.length - 1 && common < t.length - 1 && f[common].equals(t[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < f.length - 1; i++) sb.append("../");
        for (int i = common; i < t.length; i++) {
            if (i > common) sb.append('/');
            sb.append(t[i]);
        }
        return sb.toString();
    }

    private String glossaryYaml() {
        StringBuilder sb = new StringBuilder("# Generated by bench/src/CorpusGenerator.java\n");
        for (Term t : terms) {
            sb.append("- term: ").append(t.name()).append('\n');
            sb.append("  definition: ").append(t.definition()).append('\n');
            sb.append("  aliases: [").append(String.join(", ", t.aliases())).append("]\n");
        }
        return sb.toString();
    }

    /** One comparison per 20 articles, of two or three subjects named by title. */
    private List<ComparisonPlan> comparisons() {
        List<ComparisonPlan> out = new ArrayList<>();
        int count = Math.max(n >= 2 ? 1 : 0, n / 20);
        for (int i = 0; i < count; i++) {
            int subjects = rnd.nextInt(4) == 0 && n >= 3 ? 3 : 2;
            List<ArticlePlan> chosen = new ArrayList<>();
            while (chosen.size() < subjects) {
                ArticlePlan a = articles.get(rnd.nextInt(articles.size()));
                if (!chosen.contains(a)) chosen.add(a);
            }
            List<String> labels = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            List<String> pool = new ArrayList<>(List.of(CRITERIA));
            // the bound is drawn again at every step (so 4 to 6 rows, not evenly): kept as it was, so the
            // corpus stays the same bytes
            for (int c = 0; c < 4 + rnd.nextInt(3); c++) {
                labels.add(pool.remove(rnd.nextInt(pool.size())));
                List<String> row = new ArrayList<>();
                for (int s = 0; s < subjects; s++) row.add(pick(CRITERION_VALUES));
                values.add(row);
            }
            out.add(new ComparisonPlan(String.format(Locale.ROOT, "comparison-%04d", i + 1),
                    String.join(" vs ", chosen.stream().map(a -> a.title).toList()), chosen, labels, values));
        }
        return out;
    }

    /** Lore's comparison definition: subjects named by title, criteria as a map in row order. */
    private static String loreComparisonYaml(ComparisonPlan c) {
        StringBuilder sb = new StringBuilder();
        sb.append("title: \"").append(c.title()).append("\"\n");
        sb.append("subjects: [").append(String.join(", ", c.subjects().stream().map(a -> a.title).toList())).append("]\n");
        sb.append("criteria:\n");
        for (int r = 0; r < c.labels().size(); r++) {
            sb.append("  ").append(c.labels().get(r)).append(": [").append(String.join(", ", c.values().get(r))).append("]\n");
        }
        return sb.toString();
    }

    /**
     * The same comparison as a Hugo data file. Subjects are content paths (what {@code site.GetPage} and
     * {@code relref} take; a title look-up would scan every page), and the criteria a list, because Hugo
     * ranges over a map in key order and Lore keeps the rows in the order written.
     */
    private static String hugoComparisonYaml(ComparisonPlan c) {
        StringBuilder sb = new StringBuilder("# Generated by bench/src/CorpusGenerator.java\n");
        sb.append("title: \"").append(c.title()).append("\"\n");
        sb.append("subjects:\n");
        for (ArticlePlan a : c.subjects()) sb.append("  - \"/").append(a.relPath()).append("\"\n");
        sb.append("criteria:\n");
        for (int r = 0; r < c.labels().size(); r++) {
            sb.append("  - label: \"").append(c.labels().get(r)).append("\"\n");
            sb.append("    values: [");
            List<String> row = c.values().get(r);
            for (int s = 0; s < row.size(); s++) sb.append(s == 0 ? "" : ", ").append('"').append(row.get(s)).append('"');
            sb.append("]\n");
        }
        return sb.toString();
    }

    /**
     * The Hugo site around the content: {@code config.toml} and the layouts (a minimal page per article,
     * section lists, the comparison and glossary pages), kept as files in {@code bench/hugo-site}.
     */
    private static void writeHugoSkeleton(Path site, Path hugo) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no Hugo site files in " + site);
        for (Path f : files) write(hugo.resolve(site.relativize(f).toString()), Files.readString(f));
    }

    private static void prepare(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- helpers

    private String pick(String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String humanize(String folder) {
        return capitalize(folder.replace('-', ' '));
    }

    private static String initials(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.split(" ")) sb.append(w.charAt(0));
        return sb.toString();
    }

    private static String identifier(String term) {
        return term.replace(' ', '_').replace('-', '_');
    }

    public static void main(String[] args) throws IOException {
        int n = 1000;
        long seed = 42;
        Path lore = null;
        Path hugo = null;
        Path hugoSite = Path.of("bench/hugo-site");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles", "-n" -> n = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--lore" -> lore = Path.of(args[++i]);
                case "--hugo" -> hugo = Path.of(args[++i]);
                case "--hugo-site" -> hugoSite = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: CorpusGenerator [--articles N] [--seed S] [--lore DIR] [--hugo DIR] [--hugo-site DIR]");
                    System.exit(2);
                }
            }
        }
        if (n < 1) throw new IllegalArgumentException("--articles must be at least 1");
        if (lore == null && hugo == null) {
            System.err.println("nothing to do: give --lore DIR and/or --hugo DIR");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        new CorpusGenerator(n, seed).write(lore, hugo, hugoSite);
        System.err.printf(Locale.ROOT, "generated %d articles (seed %d) in %.1f s%n", n, seed, (System.nanoTime() - t0) / 1e9);
    }
}
