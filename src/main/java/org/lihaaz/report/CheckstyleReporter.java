package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import org.lihaaz.finding.Finding;

/**
 * Checkstyle's XML result format, which many CI tools and code review bots read (Jenkins Warnings,
 * reviewdog, GitLab converters): one {@code <file>} per input, one {@code <error>} per finding with
 * {@code source="lihaaz.<rule id>"}. Inputs that could not be read get an error with source
 * {@code lihaaz.input}.
 */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(Xml.DECLARATION);
        out.write("<checkstyle version=\"4.3\">\n");
        for (FileReport file : report.files()) {
            out.write("  <file name=\"" + Xml.attr(file.path()) + "\">\n");
            for (Problem p : file.problems()) {
                out.write("    <error line=\"1\" severity=\"" + severity(p) + "\" message=\"" + Xml.attr(p.message())
                        + "\" source=\"lihaaz.input\"/>\n");
            }
            for (Finding f : file.findings()) {
                out.write("    <error line=\"" + f.start().line() + "\" column=\"" + f.start().column()
                        + "\" severity=\"" + severity(f) + "\" message=\"" + Xml.attr(Messages.withSuggestions(f))
                        + "\" source=\"" + Xml.attr("lihaaz." + f.ruleId()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
        out.flush();
    }

    private static String severity(Finding f) {
        return switch (f.level()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "info";
        };
    }

    private static String severity(Problem p) {
        return switch (p.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTICE -> "info";
        };
    }
}
