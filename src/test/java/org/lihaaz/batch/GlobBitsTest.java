package org.lihaaz.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/**
 * Round two, item 11: glob matching works on bit sets (a word of 64 path places at a time). The old
 * table-by-table matcher is kept here as the oracle, and random globs and paths (short, and longer
 * than one word) must get the same answer from both.
 */
class GlobBitsTest {
    @TempDir
    Path dir;

    /** The previous matcher, token by token over a boolean row per path place. */
    private static boolean oracle(String pattern, String path) {
        java.util.List<Object[]> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                tokens.add(new Object[] {"c", pattern.charAt(++i)});
            } else if (c == '*') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    i++;
                    boolean slashAfter = i + 1 < pattern.length() && pattern.charAt(i + 1) == '/';
                    if (slashAfter) {
                        i++;
                    }
                    tokens.add(new Object[] {slashAfter ? "**/" : "**"});
                } else {
                    tokens.add(new Object[] {"*"});
                }
            } else if (c == '?') {
                tokens.add(new Object[] {"?"});
            } else {
                tokens.add(new Object[] {"c", c});
            }
        }
        int n = path.length();
        boolean[] can = new boolean[n + 1];
        can[0] = true;
        for (Object[] t : tokens) {
            boolean[] next = new boolean[n + 1];
            switch ((String) t[0]) {
                case "*" -> {
                    for (int j = 0; j <= n; j++) {
                        next[j] = can[j] || (j > 0 && next[j - 1] && path.charAt(j - 1) != '/');
                    }
                }
                case "**/" -> {
                    boolean seen = false;
                    for (int j = 0; j <= n; j++) {
                        next[j] = can[j] || (seen && j > 0 && path.charAt(j - 1) == '/');
                        seen |= can[j];
                    }
                }
                case "**" -> {
                    for (int j = 0; j <= n; j++) {
                        next[j] = can[j] || (j > 0 && next[j - 1]);
                    }
                }
                case "?" -> {
                    for (int j = 1; j <= n; j++) {
                        next[j] = can[j - 1] && path.charAt(j - 1) != '/';
                    }
                }
                default -> {
                    for (int j = 1; j <= n; j++) {
                        next[j] = can[j - 1] && path.charAt(j - 1) == (char) t[1];
                    }
                }
            }
            can = next;
        }
        return can[n];
    }

    @Test
    void bitSetMatchingAgreesWithTheTableMatcher() {
        Random random = new Random(16);
        String[] pieces = {"a", "b", "/", "*", "**", "**/", "?", ".", "ab"};
        String alphabet = "ab/.";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder pattern = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                pattern.append(pieces[random.nextInt(pieces.length)]);
            }
            int len = random.nextInt(4) == 0 ? 60 + random.nextInt(150) : random.nextInt(12);
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < len; i++) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String p = pattern.toString();
            String s = path.toString();
            assertEquals(oracle(p, s), Glob.compile(p).matches(s), () -> "glob '" + p + "' on '" + s + "'");
        }
    }

    /**
     * The case: a 1 MB .gitignore of long patterns that stay alive on every path, and the same
     * patterns in ignore:, over 20 files (100 s and over 170 s before). The bound stops a regression
     * from hanging the build; it measures nothing.
     */
    @Test
    void aMegabyteOfHostilePatternsCostsLittle() throws IOException {
        StringBuilder line = new StringBuilder();
        while (line.length() < 1000) {
            line.append("*o");
        }
        StringBuilder ignore = new StringBuilder();
        StringBuilder config = new StringBuilder("ignore:\n");
        for (int i = 0; ignore.length() < 1_000_000; i++) {
            String pattern = line + "x" + i;
            ignore.append(pattern).append('\n');
            if (config.length() < 900_000) {
                config.append("  - \"").append(pattern).append("\"\n");
            }
        }
        Path docs = Files.createDirectories(dir.resolve("docs/deeper/folder"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(docs.resolve("too-long-a-name-of-words-o-o-o-o-o-o-o-o-o-" + i + ".md"), "The policeman came.\n");
        }
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), ignore);
        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("check", "--no-color", "--format", "json", dir.toString()));
        assertEquals(20, r.json().get("files").size(), r::toString);
        Files.delete(dir.resolve(".gitignore"));
        Files.writeString(dir.resolve(".lihaaz.yml"), config);
        Cli.Run c = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("check", "--no-color", "--format", "json", dir.toString()));
        assertTrue(c.code() == 1, c::toString);
        assertEquals(20, c.json().get("files").size(), c::toString);
    }
}
