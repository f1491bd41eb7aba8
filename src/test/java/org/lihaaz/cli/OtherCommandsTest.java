package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

class OtherCommandsTest {
    @TempDir
    Path dir;

    @Test
    void helpListsSubcommandsAndExitCodes() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.code());
        for (String s : new String[] {"check", "rules", "init", "completion", "Exit codes:", "0  nothing at or above",
                "2  a usage, configuration or rule error"}) {
            assertTrue(r.out().contains(s), s + " in " + r.out());
        }
        assertTrue(Cli.run("check", "--help").out().contains("--fail-on"));
    }

    @Test
    void versionAndUsageErrors() {
        assertTrue(Cli.run("--version").out().startsWith("lihaaz "));
        Cli.Run bad = Cli.run("check", "--no-such-option");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Unknown option"), bad.err());
    }

    @Test
    void rulesListShowsPacksWithCounts() {
        Cli.Run r = Cli.run("rules", "list", "--lang", "en");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("en/gender  ("), r.out());
        assertTrue(r.out().contains("gender.chairman"), r.out());
        assertTrue(r.out().matches("(?s).*\\d+ rules in \\d+ packs\\s*"), r.out());
        assertEquals(2, Cli.run("rules", "list", "--pack", "nope").code());
    }

    @Test
    void rulesExplainShowsEverythingAboutARule() {
        Cli.Run r = Cli.run("rules", "explain", "gender.manned");
        assertEquals(0, r.code());
        for (String s : new String[] {"gender.manned", "Why:", "Requires:  any of {pos: VERB", "Sources:", "Flags:", "Leaves alone:"}) {
            assertTrue(r.out().contains(s), s + " in " + r.out());
        }
        assertEquals(2, Cli.run("rules", "explain", "gender.nope").code());
    }

    @Test
    void rulesExplainShowsAConceptInEveryLanguage() {
        Cli.Run r = Cli.run("rules", "explain", "rape-as-lost-honour");
        assertEquals(0, r.code(), r::toString);
        for (String s : new String[] {"rape-as-lost-honour: Rape as lost honour  (concept, warning)",
            "Policy: every rule of this concept is a warning", "Left alone:", "English (5 rules)", "  gbv.lost-honour",
            "Urdu (1 rule)", "  gbv.ur-izzat-lutna", "Looks for: (عزت|عصمت|آبرو)", "English:   Calling rape a 'loss of honour'",
            "Roman Urdu (1 rule)", "  gbv.roman-izzat-lutna", "Replaces:  ", "Defined at rules/concepts/rape-as-lost-honour.yml:1:1"}) {
            assertTrue(r.out().contains(s), s + " in " + r.out());
        }
        // A language without rules says why.
        Cli.Run gap = Cli.run("rules", "explain", "ancient-hatreds");
        assertTrue(gap.out().contains("Urdu: no rule. Not covered yet: no Urdu rule"), gap.out());
        // A rule shows itself, then its concept; an unknown name suggests a concept too.
        Cli.Run rule = Cli.run("rules", "explain", "gbv.ur-izzat-lutna");
        assertTrue(rule.out().indexOf("Defined at rules/ur/gbv.yml") < rule.out().indexOf("Part of concept rape-as-lost-honour"),
                rule.out());
        assertTrue(rule.out().contains("English (5 rules)"), rule.out());
        Cli.Run near = Cli.run("rules", "explain", "rape-as-lost-honor");
        assertEquals(2, near.code());
        assertTrue(near.err().contains("rape-as-lost-honour"), near.err());
    }

    @Test
    void rulesTestPassesOnBuiltInsAndReportsFailures() throws Exception {
        Cli.Run ok = Cli.run("rules", "test");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().startsWith("ok: "), ok.out());

        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/house.yml"), """
                - id: house.chair
                  level: warning
                  category: gender
                  terms: [chairman]
                  message: m
                  note: n
                  source: s
                  examples:
                    flag: [The Chairman Mao said so.]
                    clean: [The chairman left.]
                """);
        Cli.Run fail = Cli.run("rules", "test", dir.toString());
        assertEquals(1, fail.code(), fail::toString);
        assertTrue(fail.out().contains("flag example not flagged: The Chairman Mao said so."), fail.out());
        assertTrue(fail.out().contains("why: 'chairman': part of a capitalised name or title"), fail.out());
        assertTrue(fail.out().contains("clean example flagged: The chairman left."), fail.out());
        assertTrue(fail.out().contains("FAILED: 1 rules, 2 examples, 2 failing"), fail.out());
    }

    @Test
    void initWritesAStarterConfigOnce() throws Exception {
        Cli.Run r = Cli.run("init", "--dir", dir.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(dir.resolve(".lihaaz.yml")).contains("fail-on: warning"));
        assertEquals(2, Cli.run("init", "--dir", dir.toString()).code());
        assertEquals(0, Cli.run("init", "--dir", dir.toString(), "--force").code());
    }

    @Test
    void completionScriptForBash() {
        Cli.Run r = Cli.run("completion");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("complete -F"), r.out().substring(0, 200));
        assertTrue(r.out().contains("check"));
    }
}
