package io.github.lorewiki.engine.cli;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.check.RuleConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run of the engine, a build or a check, with everything it needs, and the same as command-line
 * arguments: the Maven goals run it in their own JVM or hand its arguments to a forked one
 * ({@link LoreCli}), and both get the same result.
 *
 * @param rules   the rule severities as the user wrote them ({@code lore.check.rules}), or null
 * @param reports the folder for the SARIF and JUnit reports, or null for none
 */
public record Invocation(Command command, BuildRequest request, String rules, Path reports, boolean failOnWarnings) {

    public enum Command {
        BUILD, CHECK;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Invocation {
        if (command == null) throw new IllegalArgumentException("command is required");
        if (request == null) throw new IllegalArgumentException("request is required");
    }

    /** Runs it in this JVM. Rule problems ({@code lore.check.rules}) come back as diagnostics, like content problems. */
    public BuildResult run() {
        LoreEngine engine = new LoreEngine(RuleConfig.parse(rules), reports, failOnWarnings);
        return command == Command.BUILD ? engine.build(request) : engine.check(request);
    }

    /** The arguments {@link #parse} reads back into an equal invocation. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        args.add(command.word());
        option(args, "--source", request.source());
        option(args, "--output", request.output());
        option(args, "--templates", request.templates());
        option(args, "--project", request.projectDir());
        // the request turns a missing title into "Wiki": pass it only when the user gave one
        if (!request.title().equals("Wiki")) option(args, "--title", request.title());
        if (!request.baseUrl().isEmpty()) option(args, "--base-url", request.baseUrl());
        if (request.includeDrafts()) args.add("--drafts");
        if (request.threads() != 0) option(args, "--threads", Integer.toString(request.threads()));
        option(args, "--glossary-link", request.glossaryLinks());
        option(args, "--rules", rules);
        option(args, "--reports", reports);
        if (failOnWarnings) args.add("--fail-on-warnings");
        return args;
    }

    private static void option(List<String> args, String name, Object value) {
        if (value == null) return;
        args.add(name);
        args.add(value.toString());
    }

    /**
     * Reads {@code build|check} and its options.
     *
     * @throws IllegalArgumentException naming the argument that is wrong and what was expected
     */
    public static Invocation parse(List<String> args) {
        if (args.isEmpty()) throw new IllegalArgumentException("expected a command: build or check");
        Command command = switch (args.get(0)) {
            case "build" -> Command.BUILD;
            case "check" -> Command.CHECK;
            default -> throw new IllegalArgumentException("unknown command '" + args.get(0) + "': expected build or check");
        };
        Path source = null;
        Path output = null;
        Path templates = null;
        Path project = null;
        String title = null;
        String baseUrl = null;
        boolean drafts = false;
        int threads = 0;
        String glossaryLink = null;
        String rules = null;
        Path reports = null;
        boolean failOnWarnings = false;
        for (int i = 1; i < args.size(); i++) {
            String name = args.get(i);
            switch (name) {
                case "--drafts" -> drafts = true;
                case "--fail-on-warnings" -> failOnWarnings = true;
                default -> {
                    if (i + 1 >= args.size()) throw new IllegalArgumentException(name.startsWith("--")
                            ? "option " + name + " needs a value" : "unexpected argument '" + name + "'");
                    String value = args.get(++i);
                    switch (name) {
                        case "--source" -> source = Path.of(value);
                        case "--output" -> output = Path.of(value);
                        case "--templates" -> templates = Path.of(value);
                        case "--project" -> project = Path.of(value);
                        case "--title" -> title = value;
                        case "--base-url" -> baseUrl = value;
                        case "--threads" -> threads = threads(value);
                        case "--glossary-link" -> glossaryLink = value;
                        case "--rules" -> rules = value;
                        case "--reports" -> reports = Path.of(value);
                        default -> throw new IllegalArgumentException("unknown option " + name);
                    }
                }
            }
        }
        if (source == null) throw new IllegalArgumentException("--source is required: the folder of Markdown articles");
        if (output == null) {
            if (command == Command.BUILD) throw new IllegalArgumentException("--output is required: where the site is written");
            // a check writes no site, but a request names an output folder all the same; this one is never touched
            output = source.resolveSibling("wiki-check-unused");
        }
        BuildRequest request = new BuildRequest(source, output, templates, project, title, baseUrl, drafts, threads, glossaryLink);
        return new Invocation(command, request, rules, reports, failOnWarnings);
    }

    private static int threads(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--threads must be a whole number, 0 or more; found '" + value + "'");
    }
}
