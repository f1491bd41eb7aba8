package org.lihaaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.Concept;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.report.RuleExplanation;
import org.lihaaz.ruletest.ExamplePinner;
import org.lihaaz.ruletest.RuleExampleRunner;
import org.lihaaz.yaml.YamlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List, explain and test rules.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.Test.class,
            RulesCommand.Pin.class, RulesCommand.New.class, RulesCommand.Coverage.class})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(LihaazCommand.terminalOf(spec).outWriter());
        return ExitCodes.OK;
    }

    /** Built-in rules plus the folders given; null (after printing errors) when any fails to load. */
    static RuleSet load(Terminal terminal, List<Path> folders, boolean builtIn) {
        RuleLoader loader = new RuleLoader();
        List<YamlException> errors = new ArrayList<>();
        RuleSet rules = RuleSet.empty();
        if (builtIn) {
            RuleLoader.Result r = loader.loadBuiltIn();
            errors.addAll(r.errors());
            rules = r.rules();
        }
        for (Path p : folders) {
            RuleLoader.Result r = loader.load(p);
            errors.addAll(r.errors());
            try {
                rules = rules.plus(r.rules());
            } catch (YamlException e) {
                errors.add(e);
            }
        }
        for (YamlException e : errors) {
            terminal.error(e.getMessage());
        }
        return errors.isEmpty() ? rules : null;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List packs and their rules.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        RuleFolderOptions folders;

        @Option(names = "--lang", paramLabel = "LANG", completionCandidates = RuleLanguages.class,
                description = "Only rules for this language (en, ur, roman-ur).")
        String lang;

        @Option(names = "--pack", paramLabel = "PACK", completionCandidates = PackNames.class,
                description = "Only rules of this pack.")
        String pack;

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            RuleSet rules = load(terminal, folders.folders, true);
            if (rules == null) {
                return ExitCodes.ERROR;
            }
            if (lang != null) {
                lang = Choice.of(terminal, "--lang", lang, List.of("en", "ur", "roman-ur"));
                if (lang == null) {
                    return ExitCodes.ERROR;
                }
            }
            RuleSet shown = rules.filter(r -> (lang == null || r.language().code().equals(lang))
                    && (pack == null || r.pack().equals(pack)));
            if (shown.size() == 0) {
                String near = pack == null ? "" : org.lihaaz.names.DidYouMean.hint(pack,
                        rules.rules().stream().map(Rule::pack).distinct().toList());
                terminal.error("no rules match" + (pack != null ? " pack '" + pack + "'" : "")
                        + (lang != null ? " in language '" + lang + "'" : "") + near);
                return ExitCodes.ERROR;
            }
            PrintWriter out = terminal.safeOutWriter();
            int packs = 0;
            for (Map.Entry<Language, Map<String, Integer>> byLang : shown.packCounts().entrySet()) {
                for (Map.Entry<String, Integer> p : byLang.getValue().entrySet()) {
                    packs++;
                    out.println(byLang.getKey().code() + "/" + p.getKey() + "  (" + p.getValue()
                            + (p.getValue() == 1 ? " rule)" : " rules)"));
                    for (Rule r : shown.rules()) {
                        if (r.language() == byLang.getKey() && r.pack().equals(p.getKey())) {
                            out.printf("  %-40s %-10s %s%n", r.id(), r.level().id(), abbreviate(String.join(", ", r.terms()), 60));
                        }
                    }
                    out.println();
                }
            }
            out.println(shown.size() + " rules in " + packs + " packs");
            return ExitCodes.OK;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = {"Explain one rule or concept.",
                "",
                "For a rule: what it flags, why, its sources and examples, then its concept. For a concept: the "
                    + "harm and policy, and every language's rules with their terms, messages and replacements "
                    + "(or why a language has none)."})
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        RuleFolderOptions folders;

        @Parameters(paramLabel = "ID", completionCandidates = RuleChoiceOptions.ExplainNames.class,
                description = "The rule or concept id, e.g. gender.chairman or gendered-job-title.")
        String id;

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            RuleSet rules = load(terminal, folders.folders, true);
            if (rules == null) {
                return ExitCodes.ERROR;
            }
            Rule r = rules.get(id).orElse(null);
            Concept concept = r != null ? rules.conceptOf(id).orElse(null) : rules.concept(id).orElse(null);
            if (r == null && concept == null) {
                java.util.Set<String> names = new java.util.TreeSet<>(rules.names());
                rules.concepts().forEach(c -> names.add(c.id()));
                String near = org.lihaaz.names.DidYouMean.hint(id, names);
                boolean pack = rules.rules().stream().anyMatch(x -> x.pack().equals(id));
                terminal.error(pack ? "'" + id + "' is a pack, not a rule; see 'lihaaz rules list --pack " + id + "'"
                        : "no rule or concept is called '" + id + "'" + (near.isEmpty() ? "; see 'lihaaz rules list'" : near));
                return ExitCodes.ERROR;
            }
            PrintWriter out = terminal.safeOutWriter();
            if (r != null) {
                out.print(RuleExplanation.of(r));
            }
            if (concept != null) {
                if (r != null) {
                    out.println();
                    out.println("Part of concept " + concept.id() + ", the same harm in every language:");
                    out.println();
                }
                out.print(RuleExplanation.of(concept, rules));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run every rule's own examples and say which fail.",
                "",
                "Each flag: sentence must raise a finding from its rule, and each clean: sentence must not. With DIR, "
                    + "only the packs in DIR are tested (a rule folder, a language folder or one pack file); without, "
                    + "the built-in packs. Exits 1 when an example fails."})
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Rule folder or pack file to test (default: the built-in packs).")
        Path dir;

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            RuleSet rules = dir == null ? load(terminal, List.of(), true) : load(terminal, List.of(dir), false);
            if (rules == null) {
                return ExitCodes.ERROR;
            }
            if (rules.size() == 0) {
                terminal.error("no rules found in " + (dir == null ? "the built-in packs" : dir));
                return ExitCodes.ERROR;
            }
            RuleExampleRunner.Outcome outcome = new RuleExampleRunner(rules).runAll();
            PrintWriter out = terminal.safeOutWriter();
            for (RuleExampleRunner.Failure f : outcome.failures()) {
                out.println("FAIL " + f.rule().id() + " (" + f.rule().location() + ")");
                out.println("  " + f.kind().label() + f.sentence());
                out.println("  why: " + f.why());
            }
            out.println((outcome.passed() ? "ok" : "FAILED") + ": " + outcome.rules() + " rules, " + outcome.examples()
                    + " examples, " + outcome.failures().size() + " failing");
            return outcome.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }

    @Command(name = "pin", mixinStandardHelpOptions = true,
            description = {"Pin in each flag example what the rule does today.",
                "",
                "Brackets go around the flagged words and, for rules with replacements, ' => ' and the sentence "
                    + "with the first replacement in place follow. Read every pinned sentence: where it reads wrong, "
                    + "fix the rule, not the example."})
    static final class Pin implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "PACK", arity = "1..*", description = "Pack files to pin (their folder's rules are loaded).")
        List<Path> packs;

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            PrintWriter out = terminal.outWriter();
            int status = ExitCodes.OK;
            for (Path pack : packs) {
                Path root = pack.toAbsolutePath().getParent() == null ? null : pack.toAbsolutePath().getParent().getParent();
                RuleSet rules = root == null ? null : load(terminal, List.of(root), false);
                if (rules == null) {
                    status = ExitCodes.ERROR;
                    continue;
                }
                try {
                    ExamplePinner.Result r = ExamplePinner.pinFile(pack, rules);
                    r.pinned().forEach(line -> out.println("pinned " + line));
                    r.skipped().forEach(line -> out.println("skipped " + line));
                    out.println(pack + ": " + r.pinned().size() + " pinned, " + r.skipped().size() + " skipped");
                } catch (java.io.IOException | RuntimeException e) {
                    terminal.error(pack + ": " + e.getMessage());
                    status = ExitCodes.ERROR;
                }
            }
            return status;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Write a new house rule, complete and valid, with placeholders to fill.",
                "",
                "The rule is added to DIR/<language>/<pack>.yml (the pack is the part of ID before the dot). "
                    + "With --avoid and --say, it flags those words and suggests the others. Text starting "
                    + "REPLACE is yours to write; 'lihaaz rules test DIR' fails until the examples are real "
                    + "sentences. Load the folder with extra-rules: in the configuration file, or with --rules DIR."})
    static final class New implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "ID", description = "The new rule's id, pack.name, e.g. house.manpower.")
        String id;

        @Option(names = "--avoid", paramLabel = "WORDS", split = ",", description = "Words to flag (comma-separated).")
        List<String> avoid = new ArrayList<>();

        @Option(names = "--say", paramLabel = "WORDS", split = ",", description = "Words to suggest instead (comma-separated).")
        List<String> say = new ArrayList<>();

        @Option(names = "--dir", paramLabel = "DIR", description = "Rule folder to write in (default: style/rules).")
        Path dir = Path.of("style", "rules");

        @Option(names = "--lang", paramLabel = "LANG", completionCandidates = RuleLanguages.class,
                description = "Language of the pack: en, ur or roman-ur (default: en).")
        String lang = "en";

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            String code = Choice.of(terminal, "--lang", lang, RuleLanguages.CODES);
            if (code == null) {
                return ExitCodes.ERROR;
            }
            Language language = Language.byCode(code).orElseThrow();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*")) {
                terminal.error("a rule id is pack.name in lower-case words joined by hyphens, e.g. house.manpower; not '"
                        + id + "'");
                return ExitCodes.ERROR;
            }
            Path pack = dir.resolve(language.code()).resolve(id.substring(0, id.indexOf('.')) + ".yml");
            RuleSet existing = load(terminal, Files.exists(pack) ? List.of(pack) : List.of(), false);
            if (existing == null) {
                return ExitCodes.ERROR;
            }
            if (existing.get(id).isPresent()) {
                terminal.error(pack + " already has a rule '" + id + "'");
                return ExitCodes.ERROR;
            }
            String rule = RuleTemplate.text(id, avoid, say, language);
            try {
                Files.createDirectories(pack.getParent());
                String before = Files.exists(pack) ? Files.readString(pack, StandardCharsets.UTF_8) : "";
                String sep = before.isEmpty() ? "" : before.endsWith("\n") ? "\n" : "\n\n";
                Files.writeString(pack, before + sep + rule, StandardCharsets.UTF_8);
            } catch (IOException e) {
                terminal.error("cannot write " + pack + ": " + e.getMessage());
                return ExitCodes.ERROR;
            }
            if (load(terminal, List.of(pack), false) == null) {
                return ExitCodes.ERROR;
            }
            PrintWriter out = terminal.outWriter();
            out.println("Wrote " + id + " to " + pack + ".");
            out.println("Replace the text starting " + RuleTemplate.PLACEHOLDER + ", then run 'lihaaz rules test " + dir
                    + "' (it fails until the examples are real sentences).");
            out.println("To use it, add 'extra-rules: [" + dir.toString().replace('\\', '/') + "]' to .lihaaz.yml, or pass"
                    + " --rules " + dir + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Print docs/coverage.md: rule counts, concepts by language, guide checklists.",
                "",
                "Markdown to standard output, generated from the built-in packs, rules/concepts and rules/guides. "
                    + "After changing any of them: lihaaz rules coverage > docs/coverage.md"})
    static final class Coverage implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            RuleSet rules = load(terminal, List.of(), true);
            if (rules == null) {
                return ExitCodes.ERROR;
            }
            org.lihaaz.rule.GuideLoader.Result guides = builtInGuides(rules);
            guides.errors().forEach(e -> terminal.error(e.getMessage()));
            if (!guides.errors().isEmpty()) {
                return ExitCodes.ERROR;
            }
            PrintWriter out = terminal.outWriter();
            out.print(org.lihaaz.report.CoverageReport.markdown(rules, guides.guides()));
            out.flush();
            return ExitCodes.OK;
        }

        /** The guide checklists that ship beside the built-in packs. */
        static org.lihaaz.rule.GuideLoader.Result builtInGuides(RuleSet rules) {
            try {
                Path root = RuleLoader.builtInRoot();
                return root == null ? new org.lihaaz.rule.GuideLoader.Result(List.of(), List.of())
                        : new org.lihaaz.rule.GuideLoader().load(root.resolve(org.lihaaz.rule.GuideLoader.FOLDER), "rules/guides", rules);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The built-in pack names, for completion. */
    static final class PackNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            try {
                return org.lihaaz.engine.BuiltInRules.load().rules().rules().stream().map(Rule::pack).distinct().sorted()
                        .iterator();
            } catch (RuntimeException e) {
                return java.util.Collections.emptyIterator();
            }
        }
    }

    /** Languages a pack can be written in, for --lang and completion. */
    static final class RuleLanguages implements Iterable<String> {
        static final List<String> CODES = List.of("en", "ur", "roman-ur");

        @Override
        public java.util.Iterator<String> iterator() {
            return CODES.iterator();
        }
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
