package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineReporterTest {
    /** What Vim's default 'errorformat' for %f:%l:%c: %m reads, and Emacs' compilation mode too. */
    private static final Pattern QUICKFIX = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|suggestion|notice) (\\S+) (.+)$");

    @Test
    void everyFindingAndProblemIsOneQuickfixLine() {
        Report report = GoldenReports.report();
        String out = GoldenReports.render("line", report);
        long findings = report.files().stream().mapToLong(f -> f.findings().size() + f.problems().size()).sum();
        assertEquals(findings + report.errors().size(), out.lines().count());
        out.lines().filter(l -> !l.startsWith("lihaaz: error: "))
                .forEach(l -> assertTrue(QUICKFIX.matcher(l).matches(), l));
    }
}
