package org.lihaaz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lihaaz.lang.Language;
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
            RulesCommand.Pin.class})
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

        @Option(names = "--lang", paramLabel = "LANG", description = "Only rules for this language (en, ur, roman-ur).")
        String lang;

        @Option(names = "--pack", paramLabel = "PACK", description = "Only rules of this pack.")
        String pack;

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            RuleSet rules = load(terminal, folders.folders, true);
            if (rules == null) {
                return ExitCodes.ERROR;
            }
            if (lang != null && Language.byCode(lang).isEmpty()) {
                terminal.error("--lang must be en, ur or roman-ur, not '" + lang + "'");
                return ExitCodes.ERROR;
            }
            RuleSet shown = rules.filter(r -> (lang == null || r.language().code().equals(lang))
                    && (pack == null || r.pack().equals(pack)));
            if (shown.size() == 0) {
                terminal.error("no rules match" + (pack != null ? " pack '" + pack + "'" : "")
                        + (lang != null ? " in language '" + lang + "'" : ""));
                return ExitCodes.ERROR;
            }
            PrintWriter out = terminal.outWriter();
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

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one rule: what it flags, why, its sources and examples.")
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        RuleFolderOptions folders;

        @Parameters(paramLabel = "ID", description = "The rule id, e.g. gender.chairman.")
        String id;

        @Override
        public Integer call() {
            Terminal terminal = LihaazCommand.terminalOf(spec);
            RuleSet rules = load(terminal, folders.folders, true);
            if (rules == null) {
                return ExitCodes.ERROR;
            }
            Rule r = rules.get(id).orElse(null);
            if (r == null) {
                terminal.error("no rule is called '" + id + "'; see 'lihaaz rules list'");
                return ExitCodes.ERROR;
            }
            terminal.outWriter().print(RuleExplanation.of(r));
            terminal.outWriter().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run every rule's own examples: each flag: sentence must raise a finding from its rule,",
                "each clean: sentence must not. With DIR, tests only the packs in DIR (a rule folder, a language",
                "folder or one pack file); without, the built-in packs. Exits 1 when an example fails."})
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
            PrintWriter out = terminal.outWriter();
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
            description = {"Record in each flag example what the rule does today: brackets around the flagged words and,",
                "for rules with replacements, ' => ' and the sentence with the first replacement in place.",
                "Read every pinned sentence: where it reads wrong, fix the rule, not the example."})
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

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
