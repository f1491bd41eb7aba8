package org.lihaaz.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void starStaysInOneFolder() {
        Glob g = Glob.compile("drafts/*.md");
        assertTrue(g.matches("drafts/a.md"));
        assertFalse(g.matches("drafts/x/a.md"));
    }

    @Test
    void doubleStarCrossesFolders() {
        assertTrue(Glob.compile("archive/**").matches("archive/2019/old/post.md"));
        assertTrue(Glob.compile("**/secret.md").matches("secret.md"));
        assertTrue(Glob.compile("**/secret.md").matches("a/b/secret.md"));
        assertTrue(Glob.compile("a/**/b.md").matches("a/b.md"));
        assertTrue(Glob.compile("a/**/b.md").matches("a/x/y/b.md"));
        assertFalse(Glob.compile("a/**/b.md").matches("ab.md"));
    }

    @Test
    void questionMarksAndClasses() {
        assertTrue(Glob.compile("post-?.md").matches("post-1.md"));
        assertTrue(Glob.compile("post-[0-9].md").matches("post-7.md"));
        assertFalse(Glob.compile("post-[!0-9].md").matches("post-7.md"));
    }

    @Test
    void pathologicalPatternsStayFast() {
        String pattern = "*a".repeat(100) + "b";
        String path = "a".repeat(2000);
        // Backtracking matchers take exponential time here; this one is quadratic at worst.
        assertFalse(Glob.compile(pattern).matches(path));
    }

    @Test
    void ignoreRulesFollowGitignore() {
        Path base = Path.of("/repo");
        IgnoreRules r = IgnoreRules.of(base, List.of("# comment", "*.tmp", "/build", "logs/", "!keep.tmp"));
        assertTrue(r.ignores(base.resolve("a/b/x.tmp"), false));
        assertFalse(r.ignores(base.resolve("a/keep.tmp"), false));
        assertTrue(r.ignores(base.resolve("build"), true));
        assertTrue(r.ignores(base.resolve("logs"), true) );
        assertTrue(r.ignores(base.resolve("a/build"), true) == null);
        assertTrue(r.ignores(base.resolve("logs"), false) == null);
    }

    @Test
    void aRangeEndingAtTheLastCharDoesNotWrapRound() {
        // Found by GlobFuzzTest: the range loop's char counter wrapped at U+FFFF and filled the heap.
        Glob g = Glob.compile("[\uFFF0-\uFFFF]x");
        assertTrue(g.matches("\uFFFFx"));
        assertTrue(!g.matches("ax"));
    }
}
