package org.lihaaz.internal.rule;

import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.suppress.Policy;
import org.lihaaz.yaml.YamlException;

/** Word classes: {@code {@name}} in terms and condition phrases, loaded from {@code classes/} beside the packs. */
class WordClassTest {
    @TempDir
    Path dir;

    private static final String ANIMALS = """
            class: animals
            description: test animals
            words:
              en: [cockroach, locust, wild boar, woman]
              ur: [سانپ, ٹڈی دل]
              roman-ur: [keeray makoray, saanp]
            """;

    private static final String GROUPS = """
            class: groups
            description: test groups
            words:
              en: [Afghan, refugee, transgender people]
              ur: [افغان, مہاجرین]
              roman-ur: [afghani, qadiani]
            """;

    private static String rule(String id, String terms, String... extra) {
        StringBuilder b = new StringBuilder("- id: test." + id + "\n  level: warning\n  category: test\n  terms: " + terms
                + "\n  message: m\n  note: n\n  source: s\n");
        for (String line : extra) {
            b.append("  ").append(line).append('\n');
        }
        return b.append("  examples:\n    flag: [x]\n    clean: [y]\n").toString();
    }

    private static String urduRule(String id, String terms, String... extra) {
        return rule(id, terms, extra).replace("  examples:", "  en: {message: m, note: n}\n  examples:");
    }

    private RuleLoader.Result load(String lang, String pack) throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        Files.writeString(dir.resolve("classes/animals.yml"), ANIMALS);
        Files.writeString(dir.resolve("classes/groups.yml"), GROUPS);
        Files.createDirectories(dir.resolve(lang));
        Files.writeString(dir.resolve(lang + "/test.yml"), pack);
        return new RuleLoader().load(dir);
    }

    private RuleSet rules(String lang, String pack) throws IOException {
        RuleLoader.Result r = load(lang, pack);
        assertTrue(r.ok(), () -> r.errors().toString());
        return r.rules();
    }

    private static List<Finding> check(RuleSet rules, Language language, String text) {
        Lihaaz engine = Lihaaz.builder().rules(rules).policy(Policy.builder().minSureness(Rule.Sureness.LOW).build())
                .language(LanguageChoice.of(language)).build();
        return engine.check(Input.ofText("t.txt", text, Format.TEXT)).findings();
    }

    private static List<String> matches(RuleSet rules, Language language, String text) {
        return check(rules, language, text).stream().map(Finding::match).toList();
    }

    private String error(String lang, String pack) throws IOException {
        RuleLoader.Result r = load(lang, pack);
        assertEquals(1, r.errors().size(), () -> r.errors().toString());
        return r.errors().get(0).getMessage();
    }

    @Test
    void aClassInATermMatchesEveryEntryWithItsEnglishForms() throws IOException {
        RuleSet rules = rules("en", rule("pests", "['{@animals}']", "replace: [pest]"));
        assertEquals(List.of("cockroaches", "Locust's", "wild boars", "women"), matches(rules, Language.EN,
                "The cockroaches ran. Locust's wings. Two wild boars and three women came."));
        assertEquals(List.of(), matches(rules, Language.EN, "The cockroachs and a boar ran."));
        // The matched entry's form reaches the replacement: a plural entry takes a plural replacement.
        Finding f = check(rules, Language.EN, "Wild boars came.").get(0);
        assertEquals(List.of("Pests"), f.suggestions());
    }

    @Test
    void aClassInsideATermKeepsTheWordsAroundIt() throws IOException {
        RuleSet rules = rules("en", rule("across", "['the {@animals} across the border']", "inflect: none"));
        assertEquals(List.of("the cockroaches across the border"), matches(rules, Language.EN,
                "He said the cockroaches across the border will be crushed."));
        assertEquals(List.of(), matches(rules, Language.EN, "He said the cockroaches in the border town were crushed."));
    }

    @Test
    void aClassInAConditionPhraseMatchesEntriesAndTheirForms() throws IOException {
        RuleSet rules = rules("en", rule("near", "['{@animals}']", "requires: [{near: ['{@groups}'], window: 8}]",
                "unless: [{sentence: [crops, kitchen]}]"));
        assertEquals(List.of("locusts"), matches(rules, Language.EN, "Refugees are swarming across the border like locusts."));
        assertEquals(List.of("cockroaches"), matches(rules, Language.EN, "The Afghans' cockroaches, he called them."));
        assertEquals(List.of("cockroach"), matches(rules, Language.EN, "Transgender people are a cockroach, the post said."));
        assertEquals(List.of(), matches(rules, Language.EN, "A locust swarm destroyed crops near the refugee camp."));
        assertEquals(List.of(), matches(rules, Language.EN, "Cockroaches were found in the restaurant near the market."));
        // A multi-word entry needs all its words.
        assertEquals(List.of(), matches(rules, Language.EN, "Transgender rights were debated; locusts were not."));
    }

    @Test
    void aClassCanOpenAPhraseBeforeOtherWords() throws IOException {
        RuleSet rules = rules("en", rule("before", "['{@animals}']", "requires: [{before: ['{@groups} are'], window: 3}]"));
        assertEquals(List.of("locusts"), matches(rules, Language.EN, "Afghans are locusts."));
        assertEquals(List.of(), matches(rules, Language.EN, "Afghans were locusts."));
    }

    @Test
    void urduAndRomanUrduEntriesMatchAsListedThroughTheLanguagesFolding() throws IOException {
        RuleSet ur = rules("ur", urduRule("ur-pests", "['{@animals}']", "requires: [{sentence: ['{@groups}']}]"));
        assertEquals(List.of("ٹڈی دل"), matches(ur, Language.UR, "افغان مہاجرین ٹڈی دل کی طرح پھیل گئے۔"));
        assertEquals(List.of(), matches(ur, Language.UR, "ٹڈی دل نے سندھ میں فصلیں تباہ کر دیں۔"));
        RuleSet roman = rules("roman-ur", urduRule("roman-pests", "['{@animals}']", "requires: [{sentence: ['{@groups}']}]"));
        // "keere makore" folds to the listed "keeray makoray"'s key only where the folding joins them.
        assertEquals(List.of("keeray makoray"), matches(roman, Language.ROMAN_UR, "ye qadiani keeray makoray hain"));
        assertEquals(List.of("Saanp"), matches(roman, Language.ROMAN_UR, "Afghani Saanp hain sab"));
        assertEquals(List.of(), matches(roman, Language.ROMAN_UR, "khet mein saanp nikla"));
    }

    @Test
    void aFoldersOwnClassReplacesABuiltInOneAndRulesCarryTheirWords() throws IOException {
        RuleSet rules = rules("en", rule("pests", "['{@animals}']"));
        Rule r = rules.get("test.pests").orElseThrow();
        assertEquals(List.of("cockroach", "locust", "wild boar", "woman"), r.classes().get("animals").words());
        assertTrue(r.classes().get("animals").inflect());
        assertEquals(List.of("keeray makoray", "saanp"),
                rules("roman-ur", urduRule("roman-x", "['{@animals}']")).get("test.roman-x").orElseThrow()
                        .classes().get("animals").words());
    }

    @Test
    void theBinaryRuleIndexKeepsEachRulesClasses() throws IOException {
        RuleSet rules = rules("en", rule("near", "['{@animals}']", "requires: [{near: ['{@groups}']}]"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuleCodec.write(rules, new DataOutputStream(bytes));
        RuleSet back = RuleCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(rules.get("test.near").orElseThrow().classes(), back.get("test.near").orElseThrow().classes());
        assertEquals(List.of("locusts"), matches(back, Language.EN, "Refugees are like locusts."));
    }

    @Test
    void unknownClassesAreErrorsWithTheirPlace() throws IOException {
        // The folder's own classes and the built-in ones are known.
        String term = error("en", rule("a", "['{@animal}']"));
        assertTrue(term.startsWith(dir.resolve("en") + "/test.yml:4:11: term '{@animal}': unknown word class '{@animal}'; "
                + "did you mean 'animals'? (known: animals, "), term);
        assertTrue(term.contains(" pests, "), term);
        String phrase = error("en", rule("b", "[cockroach]", "requires: [{near: [people, '{@peoples}']}]"));
        assertTrue(phrase.startsWith(dir.resolve("en") + "/test.yml:8:30: phrase '{@peoples}': unknown word class"), phrase);
        String syntax = error("en", rule("c", "['{@Animals}']"));
        assertTrue(syntax.contains("a word class is written {@name}"), syntax);
    }

    @Test
    void classFilesAreLoadedStrictly() throws IOException {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/test.yml"), rule("a", "[chairman]"));
        Files.createDirectories(dir.resolve("classes"));
        Path file = dir.resolve("classes/birds.yml");
        String shown = dir + "/classes/birds.yml";
        Files.writeString(file, "class: birds\ndescription: d\nwords:\n  en: [crow]\n  ur: [کوا]\n");
        assertEquals(shown + ":4:3: 'words' is missing 'roman-ur': every class lists words in English, Urdu and Roman Urdu",
                only(new RuleLoader().load(dir).errors()));
        Files.writeString(file, "class: birds\ndescription: d\ncolour: black\nwords: {en: [crow], ur: [کوا], roman-ur: [kawwa]}\n");
        assertTrue(only(new RuleLoader().load(dir).errors()).startsWith(shown + ":3:1: unknown key 'colour' in a word class"));
        Files.writeString(file, "class: crows\ndescription: d\nwords: {en: [crow], ur: [کوا], roman-ur: [kawwa]}\n");
        assertEquals(shown + ":1:8: class 'crows' must be named as its file, 'birds'", only(new RuleLoader().load(dir).errors()));
        Files.writeString(file, "class: birds\ndescription: d\nwords: {en: [(crow|raven)], ur: [کوا], roman-ur: [kawwa]}\n");
        assertTrue(only(new RuleLoader().load(dir).errors()).contains("class entry '(crow|raven)' is plain words"));
        Files.writeString(file, "class: birds\ndescription: d\nwords: {en: [], ur: [کوا], roman-ur: [kawwa]}\n");
        assertTrue(only(new RuleLoader().load(dir).errors()).endsWith("'en' must not be empty"));
        Files.writeString(file, "class: birds\ndescription: d\ninflect: verb\nwords: {en: [crow], ur: [کوا], roman-ur: [kawwa]}\n");
        assertEquals(shown + ":3:10: 'inflect' must be noun or none, not 'verb'", only(new RuleLoader().load(dir).errors()));
    }

    @Test
    void aClassOfVerbsIsNotInflected() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        Files.writeString(dir.resolve("classes/saying.yml"),
                "class: saying\ndescription: d\ninflect: none\nwords: {en: [said, says], ur: [کہا], roman-ur: [kaha]}\n");
        RuleSet rules = rules("en", rule("said", "[cockroach]", "unless: [{before: ['{@saying}'], window: 3}]"));
        assertEquals(List.of("cockroach"), matches(rules, Language.EN, "The saids called him a cockroach."));
        assertEquals(List.of(), matches(rules, Language.EN, "He said a cockroach ran."));
    }

    @Test
    void twoClassesInOneTermAreBoundedAndToldToUseACondition() throws IOException {
        StringBuilder many = new StringBuilder("class: many\ndescription: d\nwords:\n  en: [");
        for (int i = 0; i < 200; i++) {
            many.append(i == 0 ? "" : ", ").append("w").append((char) ('a' + i / 26)).append((char) ('a' + i % 26));
        }
        many.append("]\n  ur: [کوا]\n  roman-ur: [kawwa]\n");
        Files.createDirectories(dir.resolve("classes"));
        Files.writeString(dir.resolve("classes/many.yml"), many.toString());
        String message = error("en", rule("two", "['{@many} are {@many}']"));
        assertTrue(message.contains("expands to more than 20000 word paths"), message);
    }

    /** The budget on extra packs counts the paths a class puts into the trie, not one per class. */
    @Test
    void theBudgetOnExtraPacksCountsEveryEntryOfAClass() throws IOException {
        Rule r = rules("en", rule("pests", "['{@animals}', '(big|small) {@animals} of {@groups}']")).get("test.pests").orElseThrow();
        assertEquals(4 * 4, RuleBudget.variants("{@animals}", r.classes()));
        assertEquals(2 * 16 * 3 * 4, RuleBudget.variants("(big|small) {@animals} of {@groups}", r.classes()));
    }

    /** Several people add words to the built-in classes: sorted lists merge without conflicts. */
    @Test
    void theBuiltInClassesLoadAndKeepTheirWordsSorted() throws IOException {
        List<YamlException> errors = new java.util.ArrayList<>();
        WordClasses builtIn = WordClasses.load(RuleLoader.builtInRoot(), "rules", null, errors);
        assertEquals(List.of(), errors);
        assertTrue(builtIn.names().containsAll(List.of("pests", "people-groups", "women-words", "disability-words",
                "reporting-verbs")), builtIn.names()::toString);
        for (WordClass c : builtIn.all()) {
            for (Language l : Language.values()) {
                List<String> words = c.words().get(l);
                List<String> sorted = words.stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator
                        .naturalOrder())).toList();
                assertEquals(sorted, words, c.name() + " " + l.code() + " is not sorted");
            }
        }
    }

    private static String only(List<YamlException> errors) {
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0).getMessage();
    }
}
