package org.lihaaz.rule;

import org.lihaaz.internal.rule.RuleCodec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.YamlException;

/** Concept files: loading, every load error with its place, and what the rule set knows afterwards. */
class ConceptLoaderTest {
    @TempDir
    Path dir;

    private static String rule(String id, String level) {
        return """
                - id: %s
                  level: %s
                  category: gender
                  terms: [%s]
                  message: m
                  note: n
                  source: s
                  examples:
                    flag: [The %s spoke.]
                    clean: [The chair spoke.]
                """.formatted(id, level, id.substring(id.indexOf('.') + 1), id.substring(id.indexOf('.') + 1));
    }

    private static String roman(String id, String level) {
        return rule(id, level) + "  en: {message: m, note: n}\n";
    }

    @BeforeEach
    void packs() throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.createDirectories(dir.resolve("roman-ur"));
        Files.createDirectories(dir.resolve("concepts"));
        Files.writeString(dir.resolve("en/gender.yml"), rule("gender.chairman", "warning") + rule("gender.fireman", "warning")
                + rule("gender.spinster", "suggestion"));
        Files.writeString(dir.resolve("roman-ur/gender.yml"), roman("gender.roman-chairman", "warning"));
    }

    private Path concept(String name, String text) throws Exception {
        return Files.writeString(dir.resolve("concepts/" + name + ".yml"), text);
    }

    private static final String TITLES = """
            concept: job-title
            title: Gendered job titles
            harm: A title that assumes a man leaves others out.
            level: warning
            """;

    private RuleLoader.Result load() {
        return new RuleLoader().load(dir);
    }

    private String onlyError() {
        List<YamlException> e = load().errors();
        assertEquals(1, e.size(), e::toString);
        return e.get(0).getMessage();
    }

    @Test
    void aValidConceptLoadsAndTheRuleSetKnowsEachMembersConcept() throws Exception {
        concept("job-title", TITLES + """
                exceptions:
                  - a title before a name
                rules:
                  en: [gender.chairman, gender.fireman]
                  ur: []
                  roman-ur: [gender.roman-chairman]
                none:
                  ur: Not covered yet.
                """);
        RuleLoader.Result r = load();
        assertTrue(r.ok(), r.errors()::toString);
        Concept c = r.rules().concept("job-title").orElseThrow();
        assertEquals(Level.WARNING, c.level());
        assertEquals(List.of("gender.chairman", "gender.fireman"), c.ruleIds(Language.EN));
        assertEquals("Not covered yet.", c.none().get(Language.UR));
        assertEquals(List.of("a title before a name"), c.exceptions());
        assertEquals("job-title", r.rules().conceptOf("gender.roman-chairman").orElseThrow().id());
        assertTrue(r.rules().conceptOf("gender.spinster").isEmpty());
        // A rule turned off keeps its concept; another folder's rules and concepts join it.
        assertEquals("job-title", r.rules().filter(x -> false).conceptOf("gender.chairman").orElseThrow().id());
    }

    @Test
    void anUnknownRuleIdIsAnErrorAtItsPlaceWithASuggestion() throws Exception {
        concept("job-title", TITLES + "rules:\n  en: [gender.chairman, gender.firemen]\n  ur: []\n  roman-ur: []\n"
                + "none: {ur: x, roman-ur: y}\n");
        String e = onlyError();
        assertTrue(e.startsWith(dir + "/concepts/job-title.yml:6:25: concept 'job-title' names no rule 'gender.firemen'"), e);
        assertTrue(e.contains("gender.fireman"), e);
        assertTrue(load().rules().concept("job-title").isEmpty(), "a concept in error is left out");
    }

    @Test
    void aRuleInTwoConceptsIsAnErrorInTheSecond() throws Exception {
        concept("a-titles", TITLES.replace("job-title", "a-titles") + "rules:\n  en: [gender.chairman]\nnone: {ur: x, roman-ur: y}\n");
        concept("b-titles", TITLES.replace("job-title", "b-titles") + "rules:\n  en: [gender.fireman, gender.chairman]\n"
                + "none: {ur: x, roman-ur: y}\n");
        String e = onlyError();
        assertTrue(e.startsWith(dir + "/concepts/b-titles.yml:6:24: rule 'gender.chairman' is already in concept 'a-titles' ("
                + dir + "/concepts/a-titles.yml:1:1)"), e);
        assertTrue(load().rules().concept("a-titles").isPresent());
    }

    @Test
    void aMemberWithAnotherLevelIsAnError() throws Exception {
        concept("job-title", TITLES + "rules:\n  en: [gender.chairman, gender.spinster]\nnone: {ur: x, roman-ur: y}\n");
        String e = onlyError();
        assertTrue(e.startsWith(dir + "/concepts/job-title.yml:6:25: rule 'gender.spinster' is a suggestion ("), e);
        assertTrue(e.endsWith("but concept 'job-title' is a warning: every member has the concept's level"), e);
    }

    @Test
    void aLanguageWithNeitherRulesNorAReasonIsAnError() throws Exception {
        concept("job-title", TITLES + "rules:\n  en: [gender.chairman]\n  roman-ur: [gender.roman-chairman]\n");
        String e = onlyError();
        assertTrue(e.startsWith(dir + "/concepts/job-title.yml:5:1: no Urdu rule in concept 'job-title'"), e);
        assertTrue(e.contains("none: ur"), e);
    }

    @Test
    void aLanguageWithRulesAndAReasonIsAnError() throws Exception {
        concept("job-title", TITLES + "rules:\n  en: [gender.chairman]\n  roman-ur: [gender.roman-chairman]\n"
                + "none:\n  ur: x\n  en: stale reason\n");
        assertTrue(onlyError().startsWith(dir + "/concepts/job-title.yml:10:3: 'en' has member rules; drop its 'none' reason"));
    }

    @Test
    void unknownAndMissingKeysAreReportedTogether() throws Exception {
        concept("job-title", "concept: job-title\nlevl: warning\ntitle: t\nrules: {en: [gender.chairman]}\nsource: x\n");
        List<String> e = load().errors().stream().map(YamlException::getMessage).toList();
        assertEquals(3, e.size(), e::toString);
        assertTrue(e.get(0).startsWith(dir + "/concepts/job-title.yml:2:1: unknown key 'levl' in a concept; did you mean 'level'?"), e::toString);
        assertTrue(e.get(1).startsWith(dir + "/concepts/job-title.yml:5:1: unknown key 'source'"), e::toString);
        assertTrue(e.get(2).endsWith("the concept is missing 'harm', 'level'"), e::toString);
    }

    @Test
    void anUnknownLanguageAWrongLanguageAndABadIdAreErrors() throws Exception {
        concept("job-title", TITLES + "rules:\n  en: [gender.chairman]\n  urdu: []\nnone: {ur: x, roman-ur: y}\n");
        assertTrue(onlyError().startsWith(dir + "/concepts/job-title.yml:7:3: unknown key 'urdu' in 'rules'"), onlyError());
        concept("job-title", TITLES + "rules:\n  en: [gender.roman-chairman]\nnone: {ur: x, roman-ur: y}\n");
        assertTrue(onlyError().contains("rule 'gender.roman-chairman' is Roman Urdu"), onlyError());
        concept("job-title", TITLES.replace("concept: job-title", "concept: titles") + "rules:\n  en: [gender.chairman]\n"
                + "none: {ur: x, roman-ur: y}\n");
        assertTrue(onlyError().startsWith(dir + "/concepts/job-title.yml:1:10: concept 'titles' must be written in titles.yml"),
                onlyError());
    }

    @Test
    void aFixPolicyMustMatchEveryMember() throws Exception {
        concept("job-title", TITLES + "fix: safe\nrules:\n  en: [gender.chairman]\nnone: {ur: x, roman-ur: y}\n");
        assertTrue(onlyError().contains("rule 'gender.chairman' has fix: manual"), onlyError());
        concept("job-title", TITLES + "fix: unsafe\nrules:\n  en: [gender.chairman]\nnone: {ur: x, roman-ur: y}\n");
        assertTrue(load().ok(), load().errors()::toString);
    }

    @Test
    void conceptsSurviveTheRuleIndexAndTwoFoldersCannotShareARule() throws Exception {
        concept("job-title", TITLES + "rules:\n  en: [gender.chairman]\nnone: {ur: x, roman-ur: y}\n");
        RuleSet rules = load().rules();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuleCodec.write(rules, new DataOutputStream(bytes));
        RuleSet back = RuleCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        Concept c = back.concept("job-title").orElseThrow();
        assertEquals(rules.concept("job-title").orElseThrow(), c);
        assertEquals("job-title", back.conceptOf("gender.chairman").orElseThrow().id());

        RuleSet other = RuleSet.empty().withConcepts(List.of(c));
        YamlException e = org.junit.jupiter.api.Assertions.assertThrows(YamlException.class, () -> rules.filter(r -> false).plus(other));
        assertTrue(e.getMessage().contains("duplicate concept 'job-title'"), e.getMessage());
    }

    @Test
    void everyBuiltInRuleBelongsToABuiltInConcept() {
        RuleLoader.Result r = new RuleLoader().loadBuiltIn();
        assertTrue(r.ok(), r.errors()::toString);
        Set<String> orphans = new TreeSet<>();
        for (Rule rule : r.rules().rules()) {
            if (r.rules().conceptOf(rule.id()).isEmpty()) {
                orphans.add(rule.id());
            }
        }
        assertTrue(orphans.isEmpty(), () -> "rules in no concept (add each to a file in rules/concepts/): " + orphans);
        assertFalse(r.rules().concepts().isEmpty());
    }
}
