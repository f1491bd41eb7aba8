package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lihaaz.testing.Cli;

/** The sample at the top of README.md is what the tool prints today, line for line up to its "...". */
class ReadmeSampleTest {
    @Test
    void theReadmeSampleOutputIsTheToolsOutput() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("(?s)```\\n\\$ \\./lihaaz (check [^\\n]+)\\n(.*?)\\n  \\.\\.\\.\\n```").matcher(readme);
        assertTrue(m.find(), "README has the sample");
        String[] args = m.group(1).split(" ");
        List<String> shown = m.group(2).lines().toList();
        Cli.Run run = Cli.run(args);
        assertEquals(1, run.code(), run::toString);
        List<String> printed = run.out().lines().toList();
        assertTrue(printed.size() > shown.size(), run.out());
        assertEquals(shown, printed.subList(0, shown.size()));
    }
}
