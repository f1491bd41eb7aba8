package org.lihaaz.batch;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes {@code ignore:} globs and ignore-file lines against paths: compiling and matching never
 * throw anything but a refusal of the pattern, whatever the pattern and path.
 */
class GlobFuzzTest {
    private static final Path BASE = Path.of("/project");

    @FuzzTest
    void ignoreLines(FuzzedDataProvider data) {
        List<String> lines = List.of(data.consumeString(300).split("\n", -1));
        String path = data.consumeRemainingAsString().replace('\0', '_');
        IgnoreRules rules;
        try {
            rules = IgnoreRules.of(BASE, lines);
        } catch (IllegalArgumentException refused) {
            return;
        }
        Path p;
        try {
            p = BASE.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return;
        }
        rules.ignores(p, false);
        rules.ignores(p, true);
    }

    @FuzzTest
    void glob(FuzzedDataProvider data) {
        String pattern = data.consumeString(600);
        String path = data.consumeRemainingAsString();
        Glob g;
        try {
            g = Glob.compile(pattern);
        } catch (IllegalArgumentException refused) {
            return;
        }
        g.matches(path);
    }
}
