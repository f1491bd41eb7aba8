package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import org.lihaaz.finding.Finding;

/**
 * One line per finding, {@code path:line:column: level rule message}, as compilers write them: Vim's
 * quickfix list ({@code :cexpr}, {@code 'errorformat'} {@code %f:%l:%c: %m}) and Emacs'
 * compilation mode read it as it is. The message carries the suggestions; line breaks in it become
 * spaces, so one finding is always one line. A problem with a whole file is placed at its line 1,
 * column 1 with {@code lihaaz} for the rule; an error of the run names no file.
 */
public final class LineReporter implements Reporter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        for (String e : report.errors()) {
            out.write("lihaaz: error: " + oneLine(e) + "\n");
        }
        for (FileReport file : report.files()) {
            for (Problem p : file.problems()) {
                out.write(file.path() + ":1:1: " + p.severity().id() + " lihaaz " + oneLine(p.message()) + "\n");
            }
            for (Finding f : file.findings()) {
                out.write(file.path() + ":" + f.start().line() + ":" + f.start().column() + ": " + f.level().id() + " "
                        + f.ruleId() + " " + oneLine(Messages.withSuggestions(f)) + "\n");
            }
        }
        out.flush();
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
