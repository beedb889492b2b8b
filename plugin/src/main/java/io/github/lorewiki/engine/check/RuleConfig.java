package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.link.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The severity of each rule for one run: the defaults of {@link Rules}, changed by {@code lore.check.rules},
 * for example {@code page.orphan=error, link.anchor=off}. A group such as {@code link.*=error} sets every rule
 * of that family; a rule named by its full id wins over its group, and a later entry over an earlier one.
 * Rules of the run itself ({@code config.*}, {@code template.*}) cannot be changed. Applied to every
 * diagnostic as it is reported, so that a rule raised to an error stops the build like any other error.
 */
public final class RuleConfig implements UnaryOperator<Diagnostic> {
    /** The Maven property, also the place configuration problems are reported at. */
    public static final String PROPERTY = "lore.check.rules";
    public static final RuleConfig DEFAULTS = new RuleConfig(Map.of(), Map.of(), List.of());

    /** Rule id, or group prefix ending in '.', to its level; an empty level means off. */
    private final Map<String, Optional<Severity>> rules;
    private final Map<String, Optional<Severity>> groups;
    private final List<String[]> problems;

    private RuleConfig(Map<String, Optional<Severity>> rules, Map<String, Optional<Severity>> groups, List<String[]> problems) {
        this.rules = Map.copyOf(rules);
        this.groups = Map.copyOf(groups);
        this.problems = List.copyOf(problems);
    }

    /** Reads {@code id=level} entries separated by commas, semicolons or white space; null or blank means the defaults. */
    public static RuleConfig parse(String spec) {
        if (spec == null || spec.isBlank()) return DEFAULTS;
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        Map<String, Optional<Severity>> groups = new LinkedHashMap<>();
        List<String[]> problems = new ArrayList<>();
        for (String entry : spec.strip().replaceAll("\\s*=\\s*", "=").split("[,;\\s]+")) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                problems.add(new String[]{"'" + entry + "' has no level", "write it as " + entry + "=error, " + entry + "=warning or " + entry + "=off"});
                continue;
            }
            String id = entry.substring(0, eq).toLowerCase(Locale.ROOT);
            Optional<Optional<Severity>> level = level(entry.substring(eq + 1));
            if (level.isEmpty()) {
                problems.add(new String[]{"'" + entry + "': the level must be error, warning or off",
                        "write " + id + "=error, " + id + "=warning or " + id + "=off"});
                continue;
            }
            if (id.endsWith(".*")) {
                String prefix = id.substring(0, id.length() - 1);
                if (addGroup(prefix, entry, problems)) groups.put(prefix, level.get());
            } else if (addRule(id, problems)) {
                rules.put(id, level.get());
            }
        }
        return new RuleConfig(rules, groups, problems);
    }

    private static Optional<Optional<Severity>> level(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(Optional.of(Severity.ERROR));
            case "warning" -> Optional.of(Optional.of(Severity.WARNING));
            case "off" -> Optional.of(Optional.empty());
            default -> Optional.empty();
        };
    }

    private static boolean addRule(String id, List<String[]> problems) {
        Rule rule = Rules.find(id);
        if (rule == null) {
            List<String> ids = configurableIds();
            String guess = Suggestions.closest(id, ids);
            problems.add(new String[]{"unknown rule '" + id + "' in " + PROPERTY,
                    (guess == null ? "" : "did you mean '" + guess + "'? ") + "known rules: " + String.join(", ", ids)});
            return false;
        }
        if (!rule.configurable()) {
            problems.add(new String[]{"'" + id + "' cannot be changed: configuration and template problems always stop the build",
                    "remove it from " + PROPERTY});
            return false;
        }
        return true;
    }

    private static boolean addGroup(String prefix, String entry, List<String[]> problems) {
        List<Rule> members = Rules.all().stream().filter(r -> r.id().startsWith(prefix)).toList();
        if (members.isEmpty()) {
            problems.add(new String[]{"'" + entry + "' matches no rule", "known rules: " + String.join(", ", configurableIds())});
            return false;
        }
        if (members.stream().noneMatch(Rule::configurable)) {
            problems.add(new String[]{"'" + entry + "' cannot be changed: configuration and template problems always stop the build",
                    "remove it from " + PROPERTY});
            return false;
        }
        return true;
    }

    private static List<String> configurableIds() {
        return Rules.all().stream().filter(Rule::configurable).map(Rule::id).toList();
    }

    /** Reports each problem of the configuration as a {@code config.rules} error; true when there were none. */
    public boolean report(Diagnostics diagnostics) {
        for (String[] p : problems) diagnostics.error("config.rules", SourcePos.file(PROPERTY), p[0], p[1]);
        return problems.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The level a rule is reported at in this run; empty when it is off. Rules Lore does not know keep their own. */
    public Optional<Severity> level(String ruleId, Severity reported) {
        Rule rule = Rules.find(ruleId);
        if (rule != null && !rule.configurable()) return Optional.of(reported);
        Optional<Severity> exact = rules.get(ruleId);
        if (exact != null) return exact;
        String best = null;
        for (String prefix : groups.keySet()) {
            if (ruleId.startsWith(prefix) && (best == null || prefix.length() > best.length())) best = prefix;
        }
        return best == null ? Optional.of(reported) : groups.get(best);
    }

    /** The diagnostic at its configured severity, or null when its rule is off. */
    @Override
    public Diagnostic apply(Diagnostic d) {
        Optional<Severity> level = level(d.rule(), d.severity());
        if (level.isEmpty()) return null;
        return level.get() == d.severity() ? d : new Diagnostic(level.get(), d.rule(), d.pos(), d.message(), d.hint());
    }
}
