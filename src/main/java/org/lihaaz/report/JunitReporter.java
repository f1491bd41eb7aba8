package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Level;

/**
 * JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure Pipelines): one test case
 * per checked file. A file fails when it has findings at or above the run's {@code --fail-on} level
 * (so the test results agree with the exit code); findings below it are listed in the case's
 * {@code <system-out>}. An unreadable file is an error, a skipped one (binary) is skipped.
 */
public final class JunitReporter implements Reporter {
    private final Level failOn;

    /** @param failOn the lowest level that fails a file, or null when nothing does ({@code never}) */
    public JunitReporter(Level failOn) {
        this.failOn = failOn;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        int tests = report.files().size();
        int failures = 0;
        int errors = report.errors().size();
        int skipped = 0;
        for (FileReport f : report.files()) {
            switch (outcome(f)) {
                case FAILED -> failures++;
                case ERROR -> errors++;
                case SKIPPED -> skipped++;
                default -> {
                }
            }
        }
        String counts = "tests=\"" + (tests + report.errors().size()) + "\" failures=\"" + failures + "\" errors=\""
                + errors + "\" skipped=\"" + skipped + "\" time=\""
                + String.format(Locale.ROOT, "%.3f", report.elapsedNanos() / 1e9) + "\"";
        out.write(Xml.DECLARATION);
        out.write("<testsuites name=\"lihaaz\" " + counts + ">\n");
        out.write("  <testsuite name=\"lihaaz\" " + counts + ">\n");
        for (String e : report.errors()) {
            out.write("    <testcase classname=\"lihaaz\" name=\"setup\">\n");
            out.write("      <error message=\"" + Xml.attr(e) + "\" type=\"setup\"/>\n");
            out.write("    </testcase>\n");
        }
        for (FileReport f : report.files()) {
            writeCase(out, f);
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
        out.flush();
    }

    private enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    private Outcome outcome(FileReport f) {
        if (f.hasError()) {
            return Outcome.ERROR;
        }
        if (!failing(f).isEmpty()) {
            return Outcome.FAILED;
        }
        boolean skipped = f.findings().isEmpty() && f.problems().stream()
                .anyMatch(p -> p.severity() == Problem.Severity.NOTICE);
        return skipped ? Outcome.SKIPPED : Outcome.PASSED;
    }

    private List<Finding> failing(FileReport f) {
        return failOn == null ? List.of() : f.findings().stream().filter(x -> x.level().atLeast(failOn)).toList();
    }

    private void writeCase(Writer out, FileReport f) throws IOException {
        out.write("    <testcase classname=\"lihaaz\" name=\"" + Xml.attr(f.path()) + "\" file=\""
                + Xml.attr(f.path()) + "\">\n");
        switch (outcome(f)) {
            case ERROR -> {
                String message = f.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                        .map(Problem::message).findFirst().orElse("");
                out.write("      <error message=\"" + Xml.attr(message) + "\" type=\"input\"/>\n");
            }
            case FAILED -> {
                List<Finding> failing = failing(f);
                out.write("      <failure message=\"" + Xml.attr(failing.size() == 1 ? "1 finding"
                        : failing.size() + " findings") + " at or above " + failOn.id() + "\" type=\""
                        + failOn.id() + "\">");
                out.write(Xml.text(lines(failing)));
                out.write("</failure>\n");
            }
            case SKIPPED -> {
                String message = f.problems().get(0).message();
                out.write("      <skipped message=\"" + Xml.attr(message) + "\"/>\n");
            }
            default -> {
            }
        }
        List<Finding> below = f.findings().stream().filter(x -> failOn == null || !x.level().atLeast(failOn)).toList();
        if (!below.isEmpty()) {
            out.write("      <system-out>" + Xml.text(lines(below)) + "</system-out>\n");
        }
        out.write("    </testcase>\n");
    }

    private static String lines(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding x : findings) {
            b.append(x.start().line()).append(':').append(x.start().column()).append(' ').append(x.level().id())
                    .append(' ').append(x.ruleId()).append(" '").append(x.match()).append("': ")
                    .append(Messages.withSuggestions(x)).append('\n');
        }
        return b.toString();
    }
}
