package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;

/**
 * Round two, item 9: the human report was O(findings x line length) (a 200 KB one-line file took
 * 119 s). Each finding's context must depend only on a bounded window around it, whatever the line.
 */
class LinearReportTest {
    private static final Lihaaz ENGINE = Lihaaz.builder().build();
    private static final String UNIT = "the policeman came and ";

    /**
     * The context shown for a finding in the middle of a 2 MB line is the same as for the same
     * finding in a copy cut to {@link HumanReporter#SCAN} chars (plus one) on either side: what lies
     * further away is never read, so a report's cost per finding does not grow with its line.
     */
    @Test
    void contextReadsABoundedWindowWhateverTheLineLength() {
        String huge = UNIT.repeat(2_000_000 / UNIT.length());
        FileReport whole = ENGINE.check(Input.ofText("huge.txt", huge));
        Finding mid = whole.findings().get(whole.findings().size() / 2);
        int from = mid.sourceStart() - HumanReporter.SCAN - 1;
        int to = mid.sourceEnd() + HumanReporter.SCAN + 1;
        FileReport cut = ENGINE.check(Input.ofText("cut.txt", huge.substring(from, to)));
        Finding same = cut.findings().stream().filter(f -> f.sourceStart() == mid.sourceStart() - from).findFirst().orElseThrow();
        String[] a = HumanReporter.contextLines(whole.source(), mid);
        String[] b = HumanReporter.contextLines(cut.source(), same);
        assertArrayEquals(new String[] {a[0], a[1]}, new String[] {b[0], b[1]});
        assertTrue(a[0].startsWith("\u2026") && a[0].endsWith("\u2026"), a[0]);
        assertTrue(a[0].length() < 120, a[0]);
    }

    /**
     * End to end on twice the case: 400 KB on one line with 18,000 findings. Linear, this is well
     * under a second of reporting; the old quadratic report took minutes. The bound only stops a
     * regression from hanging the build; it measures nothing (bench/report-linear.sh does).
     */
    @Test
    void aLongLineFullOfFindingsReportsInLinearTime() {
        String line = UNIT.repeat(18_000);
        FileReport file = ENGINE.check(Input.ofText("line.txt", line));
        assertEquals(18_000, file.findings().size());
        Report report = new Report(List.of(file), List.of(), List.of(), 0);
        String out = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            StringWriter w = new StringWriter();
            new HumanReporter(false, true).write(report, w);
            return w.toString();
        });
        assertTrue(out.length() < 18_000 * 400, "report of " + out.length() + " chars");
    }
}
