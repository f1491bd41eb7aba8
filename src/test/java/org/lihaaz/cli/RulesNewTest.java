package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** {@code lihaaz rules new}: a newsroom's "we say X, not Y" in one command, then its own test. */
class RulesNewTest {
    @TempDir
    Path dir;

    @Test
    void writesARuleThatLoadsFlagsAtOnceAndFailsItsTestUntilTheExamplesAreWritten() throws Exception {
        Path rules = dir.resolve("style/rules");
        Cli.Run made = Cli.run("rules", "new", "house.chopper", "--avoid", "chopper", "--say", "helicopter", "--dir",
                rules.toString());
        assertEquals(0, made.code(), made::toString);
        Path pack = rules.resolve("en/house.yml");
        assertTrue(made.out().startsWith("Wrote house.chopper to " + pack + "."), made.out());

        Path post = dir.resolve("post.md");
        Files.writeString(post, "The chopper landed at the camp.\n");
        Cli.Run check = Cli.run("check", "--format", "json", "--rules", rules.toString(), post.toString());
        assertEquals(1, check.code(), check::toString);
        assertEquals("house.chopper", check.json().at("/files/0/findings/0/rule").asText());
        assertEquals("Say 'helicopter', not 'chopper'.", check.json().at("/files/0/findings/0/message").asText());

        Cli.Run untested = Cli.run("rules", "test", rules.toString());
        assertEquals(1, untested.code(), "placeholders fail the rule's test\n" + untested);
        assertTrue(untested.out().contains("flag example not flagged: REPLACE with a sentence"), untested.out());

        Files.writeString(pack, Files.readString(pack)
                .replace("REPLACE with a sentence that uses the term and must be flagged.", "The chopper landed.")
                .replace("REPLACE with a sentence that must not be flagged.", "The helicopter landed."));
        Cli.Run unpinned = Cli.run("rules", "test", rules.toString());
        assertEquals(1, unpinned.code(), "a rule with replacements must pin a rewrite\n" + unpinned);
        assertTrue(unpinned.out().contains("no pinned rewrite: The chopper landed."), unpinned.out());

        Cli.Run pinned = Cli.run("rules", "pin", pack.toString());
        assertEquals(0, pinned.code(), pinned::toString);
        assertTrue(Files.readString(pack).contains("\"The [chopper] landed. => The helicopter landed.\""),
                Files.readString(pack));
        Cli.Run tested = Cli.run("rules", "test", rules.toString());
        assertEquals(0, tested.code(), tested::toString);
    }

    @Test
    void aSecondRuleJoinsThePackAndMistakesAreRefused() throws Exception {
        Path rules = dir.resolve("rules");
        assertEquals(0, Cli.run("rules", "new", "house.one", "--dir", rules.toString()).code());
        assertEquals(0, Cli.run("rules", "new", "house.two", "--dir", rules.toString()).code());
        assertEquals(0, Cli.run("rules", "new", "house.urdu", "--lang", "UR", "--dir", rules.toString()).code());
        Cli.Run list = Cli.run("rules", "list", "--rules", rules.toString(), "--pack", "house");
        assertTrue(list.out().contains("house.one") && list.out().contains("house.two") && list.out().contains("house.urdu"),
                list.out());
        Cli.Run again = Cli.run("rules", "new", "house.one", "--dir", rules.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already has a rule 'house.one'"), again.err());
        Cli.Run bad = Cli.run("rules", "new", "Manpower", "--dir", rules.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("a rule id is pack.name"), bad.err());
    }
}
