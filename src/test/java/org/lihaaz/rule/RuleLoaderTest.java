package org.lihaaz.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.YamlException;

class RuleLoaderTest {
    private static final String GOOD = """
            - id: test.chairman
              level: warning
              category: gender
              terms: [chairman]
              message: m
              note: n
              source: s
              examples:
                flag: [The chairman spoke.]
                clean: [The chair spoke.]
            """;

    private static List<YamlException> errors(String yaml) {
        return new RuleLoader().loadPack(yaml, "pack.yml", Language.EN, "test").errors();
    }

    private static String only(String yaml) {
        List<YamlException> e = errors(yaml);
        assertEquals(1, e.size(), () -> e.toString());
        return e.get(0).getMessage();
    }

    @Test
    void loadsAValidRuleWithDefaults() {
        RuleLoader.Result r = new RuleLoader().loadPack(GOOD, "pack.yml", Language.EN, "test");
        assertTrue(r.ok(), () -> r.errors().toString());
        Rule rule = r.rules().get("test.chairman").orElseThrow();
        assertEquals(Level.WARNING, rule.level());
        assertEquals(Rule.Inflection.NOUN, rule.inflect());
        assertEquals(Rule.NamePolicy.SKIP, rule.names());
        assertEquals(Rule.Sureness.HIGH, rule.sureness());
        assertEquals(List.of("s"), rule.sources());
        assertEquals(1, rule.location().line());
    }

    /** Issue 16 item 16: a safe fix may only write plain visible words, never markup at a line start or hidden characters. */
    @Test
    void safeFixesThatAddBlockSyntaxOrInvisibleCharactersAreRefusedWithTheirPlace() {
        String safe = GOOD.replace("  message: m\n", "  replace: [chair, \"%s\"]\n  fix: safe\n  message: m\n");
        assertTrue(errors(safe.formatted("chairperson")).isEmpty(), () -> errors(safe.formatted("chairperson")).toString());
        for (String bad : List.of("- chair", "* chair", "1. chair", "2) chair", "---", "# chair", "> chair", ".CHAIR",
                "!chair", "@CHAIR", "=== chair", " chair", "chair ")) {
            String message = only(safe.formatted(bad));
            assertTrue(message.startsWith("pack.yml:5:20: 'fix: safe' replacement"), bad + ": " + message);
        }
        for (String bad : List.of("chair\\U000E0041", "ch\\u200Bair", "chair\\u202E", "chair\\nperson", "ch\\u00ADair")) {
            String message = only(safe.formatted(bad));
            assertTrue(message.startsWith("pack.yml:5:20: 'fix: safe' replacement has an invisible or control character"),
                    bad + ": " + message);
        }
        // The same words are fine as suggestions a person picks.
        assertTrue(errors(safe.replace("  fix: safe\n", "").formatted("- chair")).isEmpty());
    }

    @Test
    void unknownKeyNamesFileLineAndColumn() {
        assertEquals("pack.yml:3:3: unknown key 'lvl' in a rule; did you mean 'level'? (known keys: advice, case, category, en, examples, fix, id, inflect, "
                + "level, message, names, note, quoted, replace, requires, source, sureness, terms, unless)",
                only(GOOD.replace("  level: warning\n", "  level: warning\n  lvl: x\n")));
    }

    @Test
    void missingFieldBadLevelAndBadTerm() {
        assertEquals("pack.yml:1:3: rule 'test.chairman' is missing 'note'", only(GOOD.replace("  note: n\n", "")));
        assertEquals("pack.yml:2:10: level must be suggestion, warning or error, not 'severe'",
                only(GOOD.replace("level: warning", "level: severe")));
        assertTrue(only(GOOD.replace("terms: [chairman]", "terms: [\"(chair|man\"]")).startsWith("pack.yml:4:11: term '(chair|man'"));
        assertTrue(only(GOOD.replace("terms: [chairman]", "terms: [\"* man\"]")).contains("must start with a word"));
    }

    @Test
    void everyMissingAndUnknownKeyOfARuleIsReportedInOneRun() {
        String house = """
                - id: test.manpower
                  level: warning
                  terms: [manpower]
                  mesage: Say staff.
                """;
        List<String> e = errors(house).stream().map(YamlException::getMessage).toList();
        assertEquals(List.of("pack.yml:4:3: unknown key 'mesage' in a rule; did you mean 'message'? (known keys: advice, "
                + "case, category, en, examples, fix, id, inflect, level, message, names, note, quoted, replace, requires, source, "
                + "sureness, terms, unless)",
                "pack.yml:1:3: rule 'test.manpower' is missing 'category', 'message', 'note', 'source' and 'examples'"), e);
    }

    @Test
    void duplicateIdsAndWrongPrefix() {
        String twice = GOOD + GOOD;
        assertTrue(only(twice).startsWith("pack.yml:11:3: duplicate rule id 'test.chairman' (first defined at pack.yml:1:3)"),
                only(twice));
        assertTrue(only(GOOD.replace("id: test.chairman", "id: other.chairman")).contains("must be 'test.<name>'"));
    }

    @Test
    void conditionsAreChecked() {
        String pos = GOOD.replace("  examples:", "  requires:\n    - pos: [NOUNISH]\n  examples:");
        assertTrue(only(pos).contains("unknown part-of-speech tag 'NOUNISH'"));
        String two = GOOD.replace("  examples:", "  unless:\n    - before: [a]\n      after: [b]\n  examples:");
        assertTrue(only(two).contains("exactly one of"));
        String window = GOOD.replace("  examples:", "  unless:\n    - sentence: [a]\n      window: 3\n  examples:");
        assertTrue(only(window).contains("'window' goes with before, after or near"));
    }

    @Test
    void posConditionsAreEnglishOnly() {
        String pos = GOOD.replace("  examples:", "  requires:\n    - pos: [NOUN]\n  examples:");
        List<YamlException> e = new RuleLoader().loadPack(pos, "p.yml", Language.UR, "test").errors();
        assertEquals(1, e.size());
        assertTrue(e.get(0).getMessage().contains("English only"));
    }

    @Test
    void termMapsNeedConditions() {
        assertTrue(only(GOOD.replace("terms: [chairman]", "terms: [{term: chairman}]")).contains("needs 'requires' or 'unless'"));
        assertTrue(only(GOOD.replace("terms: [chairman]", "terms: [{term: chairman, unless: [{after: [x]}], extra: 1}]"))
                .contains("unknown key 'extra' in a term"));
    }

    @Test
    void examplesAreRequired() {
        assertTrue(only(GOOD.replace("    clean: [The chair spoke.]\n", "")).contains("missing 'clean'"));
    }

    @Test
    void yamlSyntaxErrorsAndAliasBombs() {
        assertTrue(only("- id: [unclosed\n").startsWith("pack.yml:"));
        String bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        assertTrue(only(bomb).startsWith("pack.yml:"));
    }

    @Test
    void aBrokenRuleDoesNotStopTheOthers() {
        RuleLoader.Result r = new RuleLoader().loadPack(GOOD.replace("level: warning", "level: x")
                + GOOD.replace("test.chairman", "test.other"), "pack.yml", Language.EN, "test");
        assertEquals(1, r.errors().size());
        assertTrue(r.rules().get("test.other").isPresent());
    }

    @Test
    void loadsFoldersByLanguage(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/test.yml"), GOOD);
        RuleLoader.Result r = new RuleLoader().load(dir);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(Language.EN, r.rules().get("test.chairman").orElseThrow().language());
        RuleLoader.Result single = new RuleLoader().load(dir.resolve("en/test.yml"));
        assertEquals(1, single.rules().size());
    }

    @Test
    void builtInPacksLoadWithoutErrors() {
        RuleLoader.Result r = new RuleLoader().loadBuiltIn();
        assertTrue(r.ok(), () -> r.errors().toString());
        assertTrue(r.rules().size() >= 40, "starter set has at least 40 rules");
    }

    private static final String UR_RULE = """
            - id: test.ur-word
              level: warning
              category: lgbtq
              terms: [کھسرا]
              inflect: ur-masc-a
              replace: [خواجہ سرا]
              message: "خواجہ سرا لکھیں۔"
              note: "توہین۔"
              source: [TGA 2018]
              en:
                message: Write khawaja sira.
                note: A slur.
                replace: [khawaja sira]
              examples: {flag: [یہ کھسرا ہے۔], clean: [خواجہ سرا۔]}
            """;

    @Test
    void urduRulesCarryEnglishTranslations() {
        RuleLoader.Result r = new RuleLoader().loadPack(UR_RULE, "p.yml", Language.UR, "test");
        assertTrue(r.ok(), () -> r.errors().toString());
        Rule rule = r.rules().get("test.ur-word").orElseThrow();
        assertEquals("Write khawaja sira.", rule.english().message());
        assertEquals(List.of("khawaja sira"), rule.english().replace());
        assertEquals(Rule.Inflection.UR_MASC_A, rule.inflect());
        assertEquals("Write khawaja sira.", rule.message(MessageChoice.EN));
        assertEquals("خواجہ سرا لکھیں۔", rule.message(MessageChoice.NATIVE));
    }

    @Test
    void urduRulesWithoutEnglishOrWithEnglishInflectionAreErrors() {
        String noEn = UR_RULE.replaceAll("(?s)  en:.*?replace: \\[khawaja sira\\]\n", "");
        List<YamlException> e = new RuleLoader().loadPack(noEn, "p.yml", Language.UR, "test").errors();
        assertEquals(1, e.size());
        assertTrue(e.get(0).getMessage().startsWith("p.yml:1:3: a rule for Urdu needs 'en:'"), e.get(0).getMessage());

        String noEnSuggest = UR_RULE.replace("    replace: [khawaja sira]\n", "");
        e = new RuleLoader().loadPack(noEnSuggest, "p.yml", Language.UR, "test").errors();
        assertTrue(e.get(0).getMessage().contains("'en' needs 'replace'"), e.get(0).getMessage());

        String nounInflection = UR_RULE.replace("inflect: ur-masc-a", "inflect: noun");
        e = new RuleLoader().loadPack(nounInflection, "p.yml", Language.UR, "test").errors();
        assertTrue(e.get(0).getMessage().contains("'inflect' must be none or ur-masc-a or ur-masc or ur-fem-i or ur-fem or ur-adj-a, not 'noun'"),
                e.get(0).getMessage());

        String unknownEnKey = UR_RULE.replace("    note: A slur.", "    note: A slur.\n    notes: x");
        e = new RuleLoader().loadPack(unknownEnKey, "p.yml", Language.ROMAN_UR, "test").errors();
        assertTrue(e.get(0).getMessage().contains("unknown key 'notes'"), e.get(0).getMessage());
    }

    @Test
    void englishRulesRefuseTranslationsAndUrduNounClasses() {
        List<YamlException> e = errors(GOOD.replace("  examples:", "  en: {message: x, note: y}\n  examples:"));
        assertTrue(e.get(0).getMessage().contains("'en' is for Urdu and Roman Urdu rules"), e.get(0).getMessage());
        e = errors(GOOD.replace("  level: warning", "  level: warning\n  inflect: ur-masc-a"));
        assertTrue(e.get(0).getMessage().contains("'inflect' must be noun or none, not 'ur-masc-a'"), e.get(0).getMessage());
    }

    @Test
    void urduRulesDefaultToNoInflection() {
        String none = UR_RULE.replace("  inflect: ur-masc-a\n", "");
        RuleLoader.Result r = new RuleLoader().loadPack(none, "p.yml", Language.UR, "test");
        assertEquals(Rule.Inflection.NONE, r.rules().get("test.ur-word").orElseThrow().inflect());
    }

    @Test
    void theOldSuggestKeyIsRefusedWithWhatToWriteInstead() {
        String e = only(GOOD.replace("  message: m\n", "  suggest: [chair]\n  message: m\n"));
        assertTrue(e.startsWith("pack.yml:5:3: 'suggest' is now two keys: 'replace'"), e);
    }

    @Test
    void replacementsAndAdviceAreSeparate() {
        RuleLoader.Result r = new RuleLoader().loadPack(GOOD.replace("  message: m\n",
                "  replace: [chair, {text: \"[chairperson] of the board\", when: [{before: [the]}]}]\n"
                        + "  advice: Name the office.\n  message: m\n"), "pack.yml", Language.EN, "test");
        assertTrue(r.ok(), () -> r.errors().toString());
        Rule rule = r.rules().get("test.chairman").orElseThrow();
        assertEquals(List.of("chair", "chairperson of the board"), rule.replacementTexts());
        assertEquals(1, rule.replace().get(1).when().size());
        assertEquals("Name the office.", rule.advice());
    }

    @Test
    void anInstructionIsNotAReplacement() {
        String e = only(GOOD.replace("  message: m\n", "  replace: [\"(remove the word)\"]\n  message: m\n"));
        assertTrue(e.contains("reads as an instruction") && e.contains("'advice'"), e);
    }

    @Test
    void aPostModifiedReplacementMustMarkItsHead() {
        String e = only(GOOD.replace("  message: m\n", "  replace: [person who chairs]\n  message: m\n"));
        assertTrue(e.contains("mark the word that takes the number, as in '[person] who chairs'"), e);
        assertTrue(errors(GOOD.replace("  message: m\n", "  replace: [\"[person] who chairs\"]\n  message: m\n")).isEmpty());
        assertTrue(errors(GOOD.replace("  message: m\n",
                "  replace: [{text: person who chairs, plural: people who chair}]\n  message: m\n")).isEmpty());
    }

    @Test
    void aSafeFixNeedsAnUnconditionalFirstReplacement() {
        String e = only(GOOD.replace("  message: m\n",
                "  replace: [{text: chair, when: [{before: [the]}]}]\n  fix: safe\n  message: m\n"));
        assertTrue(e.contains("cannot have 'when' conditions"), e);
    }

    @Test
    void aMalformedPinnedExampleIsALocatedError() {
        String e = only(GOOD.replace("flag: [The chairman spoke.]", "flag: [\"The chairman spoke. => The chair spoke.\"]"));
        assertTrue(e.startsWith("pack.yml:9:") && e.contains("marks the flagged words with brackets"), e);
    }
}
