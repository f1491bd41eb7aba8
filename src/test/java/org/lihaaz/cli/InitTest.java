package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** {@code lihaaz init}: the starter file is usable as written and with every example switched on. */
class InitTest {
    @TempDir
    Path dir;

    /** Every commented-out setting turned on: "# key: value" and "# - item" lines, not the prose comments. */
    static String uncommentAll(String text) {
        Matcher m = Pattern.compile("(?m)^(\\s*)# ((?:[a-z0-9.-]+: \\S.*)|(?:- \\S.*))$").matcher(text);
        return m.replaceAll("$1$2");
    }

    @Test
    void theStarterFileFullyUncommentedLoadsAndWorks() throws Exception {
        assertEquals(0, Cli.run("init", "--dir", dir.toString()).code());
        Path config = dir.resolve(".lihaaz.yml");
        String starter = Files.readString(config);
        assertFalse(starter.contains("docs/configuration.md") && !starter.contains("https://"),
                "no path to docs the user's repository does not have");
        assertTrue(starter.contains("sureness: medium"), starter);
        String all = uncommentAll(starter);
        for (String on : new String[] {"tech: off", "gender.chairman: error", "age.the-elderly: off", "- Chairman",
            "- \"archive/**\"", "- style/rules", "front-matter: [", "script: fountain", "baseline: .lihaaz-baseline.json"}) {
            assertTrue(all.contains("\n" + (on.startsWith("- ") || on.contains("fountain") || on.contains(": off")
                    || on.contains(": error") ? "  " : "") + on), "uncommented: " + on + "\n" + all);
        }
        Files.writeString(config, all);
        Path post = dir.resolve("post.md");
        Files.writeString(post, "A spokesman said more help was coming.\n");

        // The rule folder it names does not exist yet: the error points at the configuration's line.
        Cli.Run missing = Cli.run("check", "--config", config.toString(), post.toString());
        assertEquals(2, missing.code());
        int line = all.lines().toList().indexOf("  - style/rules") + 1;
        assertTrue(missing.err().startsWith("lihaaz: " + config + ":" + line + ":5: extra-rules 'style/rules': no such"
                + " folder"), missing.err());

        Files.createDirectories(dir.resolve("style/rules"));
        Cli.Run write = Cli.run("check", "--config", config.toString(), "--write-baseline",
                dir.resolve(".lihaaz-baseline.json").toString(), post.toString());
        assertEquals(0, write.code(), write::toString);
        Cli.Run run = Cli.run("check", "--config", config.toString(), post.toString());
        assertEquals(0, run.code(), "every example setting loads, rule ids included\n" + run);
        assertTrue(run.err().contains("1 known finding left out"), run.err());
    }

    @Test
    void aFolderThatDoesNotExistIsRefused() {
        Path nowhere = dir.resolve("nonexist/x");
        Cli.Run r = Cli.run("init", "--dir", nowhere.toString());
        assertEquals(2, r.code());
        assertEquals("lihaaz: --dir " + nowhere + ": no such folder; create it first\n", r.err());
        assertFalse(Files.exists(dir.resolve("nonexist")));
    }
}
