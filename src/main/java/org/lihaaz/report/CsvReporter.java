package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.lihaaz.finding.Finding;

/**
 * One row per finding, for spreadsheets (RFC 4180: comma-separated, fields quoted where needed,
 * CRLF line ends). It starts with a UTF-8 byte-order mark so that spreadsheet programs read Urdu and
 * other non-Latin text correctly, and a field that a spreadsheet would take for a formula (starting
 * with '=', '+', '-', '@', tab or CR) is prefixed with an apostrophe. The context column holds the
 * line around the match, so an editor can judge a row without opening the file.
 */
public final class CsvReporter implements Reporter {
    static final List<String> HEADER = List.of("path", "line", "column", "endLine", "endColumn", "level", "category",
            "rule", "language", "match", "context", "suggestions", "message", "note", "source");
    /** Cells of context around the match: a sentence or two, enough to judge a row without the file. */
    private static final int CONTEXT_WIDTH = 160;

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write('\uFEFF');
        row(out, HEADER);
        for (FileReport file : report.files()) {
            for (Finding f : file.findings()) {
                row(out, List.of(file.path(), Integer.toString(f.start().line()), Integer.toString(f.start().column()),
                        Integer.toString(f.end().line()), Integer.toString(f.end().column()), f.level().id(),
                        f.category(), f.ruleId(), f.language().code(), f.match(), context(file, f),
                        String.join("; ", f.suggestions()),
                        f.message(), f.rule().note(), String.join("; ", f.rule().sources())));
            }
        }
        out.flush();
    }

    /** The line around the match, cut at both ends (marked with …) to keep the match in view. */
    private static String context(FileReport file, Finding f) {
        String[] lines = HumanReporter.contextLines(file.source(), f, CONTEXT_WIDTH);
        return lines == null ? "" : lines[0].strip();
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
