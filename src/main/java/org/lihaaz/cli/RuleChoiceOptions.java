package org.lihaaz.cli;

import java.util.ArrayList;
import java.util.List;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.Rule;
import picocli.CommandLine.Option;

/** Which rules run, and on which language: shared by the commands that check text. */
final class RuleChoiceOptions {
    @Option(names = "--lang", paramLabel = "LANG", completionCandidates = LanguageNames.class, description = "Language of the text: auto, en, ur or roman-ur (default: auto, or the configuration's language).")
    String lang;

    @Option(names = "--enable", paramLabel = "ID", split = ",", completionCandidates = RuleNames.class, description = "Turn on rules or whole packs, by id or pack name. Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", split = ",", completionCandidates = RuleNames.class, description = "Turn off rules or whole packs, by id or pack name. Repeatable.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--sureness", paramLabel = "SURENESS", completionCandidates = SurenessNames.class, description = "Least sure rules to run: low, medium or high (default: medium, or the configuration's sureness). Low adds words that are often innocent, such as mild profanity.")
    String sureness;

    /** The language and sureness asked for (null where the configuration decides). */
    record Chosen(LanguageChoice language, Rule.Sureness minSureness) {
    }

    /** The choices parsed, or null after telling the user which value is wrong. */
    Chosen parse(Terminal terminal) {
        LanguageChoice language = null;
        if (lang != null) {
            String v = Choice.of(terminal, "--lang", lang, LANGUAGES);
            if (v == null) {
                return null;
            }
            language = LanguageChoice.parse(v).orElseThrow();
        }
        Rule.Sureness minSureness = null;
        if (sureness != null) {
            String v = Choice.of(terminal, "--sureness", sureness, SURENESS);
            if (v == null) {
                return null;
            }
            minSureness = ConfigLoader.parseSureness(v).orElseThrow();
        }
        return new Chosen(language, minSureness);
    }

    static final List<String> LANGUAGES = List.of("auto", "en", "ur", "roman-ur");
    static final List<String> SURENESS = List.of("low", "medium", "high");

    /**
     * The built-in rule ids and pack names, for completion of --enable, --disable and 'rules explain'.
     * Read only when iterated (when the completion script is written), never on an ordinary run.
     */
    static final class RuleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            try {
                return org.lihaaz.engine.BuiltInRules.load().rules().names().iterator();
            } catch (RuntimeException e) {
                return java.util.Collections.emptyIterator();
            }
        }
    }

    /** The built-in rule ids, pack names and concept ids, for completion of 'rules explain'. */
    static final class ExplainNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            try {
                org.lihaaz.rule.RuleSet rules = org.lihaaz.engine.BuiltInRules.load().rules();
                java.util.Set<String> out = new java.util.TreeSet<>(rules.names());
                rules.concepts().forEach(c -> out.add(c.id()));
                return out.iterator();
            } catch (RuntimeException e) {
                return java.util.Collections.emptyIterator();
            }
        }
    }

    /** The --lang choices, for completion. */
    static final class LanguageNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return LANGUAGES.iterator();
        }
    }

    /** The --sureness choices, for completion. */
    static final class SurenessNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SURENESS.iterator();
        }
    }
}
