package org.lihaaz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.Condition;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
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
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.Test.class})
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
            PrintWriter out = terminal.safeOutWriter();
            out.println(r.id() + "  (" + r.level().id() + ", " + r.category() + ", " + r.language().displayName() + ")");
            out.println();
            out.println(r.message());
            out.println();
            out.println("Why: " + r.note());
            out.println();
            if (r.english() != null) {
                out.println("In English: " + r.english().message());
                out.println();
                out.println("Why: " + r.english().note());
                if (!r.english().suggest().isEmpty()) {
                    out.println("Suggests (in English): " + String.join("; ", r.english().suggest()));
                }
                out.println();
            }
            out.println("Looks for: " + String.join("; ", r.terms())
                    + (r.inflect() == Rule.Inflection.NOUN ? "  (with plural and possessive forms)" : "")
                    + (r.inflect().urduClass() != null ? "  (with the forms of " + r.inflect().urduClass().code() + ")" : "")
                    + (r.caseSensitive() ? "  (case-sensitive)" : ""));
            if (!r.suggest().isEmpty()) {
                out.println("Suggests:  " + String.join("; ", r.suggest())
                        + (r.fix() == Rule.FixSafety.SAFE ? "  (safe to apply automatically)" : ""));
            }
            for (Condition c : r.requires()) {
                out.println("Requires:  " + describe(c));
            }
            for (Condition c : r.unless()) {
                out.println("Unless:    " + describe(c));
            }
            if (r.names() == Rule.NamePolicy.FLAG) {
                out.println("Also flags matches inside capitalised names.");
            }
            if (r.quoted() == Rule.QuotePolicy.FLAG) {
                out.println("Also flags matches inside quotation marks.");
            }
            out.println();
            out.println("Sources:");
            r.sources().forEach(s -> out.println("  - " + s));
            out.println();
            out.println("Flags:");
            r.examples().flag().forEach(s -> out.println("  \u2717 " + s));
            out.println("Leaves alone:");
            r.examples().clean().forEach(s -> out.println("  \u2713 " + s));
            out.println();
            out.println("Defined at " + r.location());
            return ExitCodes.OK;
        }

        private static String describe(Condition c) {
            if (c instanceof Condition.Phrases p) {
                boolean windowed = p.scope() != Condition.Scope.SENTENCE && p.scope() != Condition.Scope.PARAGRAPH;
                String w = windowed ? " (within " + p.window() + " words)" : "";
                return p.scope().key() + ": " + String.join(" | ", p.phrases()) + w;
            }
            if (c instanceof Condition.InQuotation) {
                return "in-quotation";
            }
            if (c instanceof Condition.Punctuation p) {
                return p.key() + ": " + String.join(" ", p.marks());
            }
            if (c instanceof Condition.Not not) {
                return "not {" + describe(not.condition()) + "}";
            }
            if (c instanceof Condition.MatchForm form) {
                return "form: " + String.join(" | ", form.forms().stream().map(Condition.Form::key).sorted().toList());
            }
            if (c instanceof Condition.AnyOf any) {
                return "any of {" + String.join("; ", any.conditions().stream().map(Explain::describe).toList()) + "}";
            }
            if (c instanceof Condition.AllOf all) {
                return "all of {" + String.join("; ", all.conditions().stream().map(Explain::describe).toList()) + "}";
            }
            Condition.PartOfSpeech pos = (Condition.PartOfSpeech) c;
            return pos.target().key() + ": " + String.join(" | ", pos.tags());
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
            PrintWriter out = terminal.safeOutWriter();
            for (RuleExampleRunner.Failure f : outcome.failures()) {
                out.println("FAIL " + f.rule().id() + " (" + f.rule().location() + ")");
                out.println("  " + (f.kind() == RuleExampleRunner.Kind.NOT_FLAGGED ? "flag example not flagged: "
                        : "clean example flagged: ") + f.sentence());
                out.println("  why: " + f.why());
            }
            out.println((outcome.passed() ? "ok" : "FAILED") + ": " + outcome.rules() + " rules, " + outcome.examples()
                    + " examples, " + outcome.failures().size() + " failing");
            return outcome.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
