package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.lihaaz.finding.Finding;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice file=…,line=…::message} line
 * per finding, which the runner turns into annotations on the pull request's changed files.
 * Findings at {@code suggestion} level become notices; the suggested wording, the rule's note and its
 * source link follow the message on lines of their own. Values are escaped as the Actions toolkit
 * does: '%', CR and LF everywhere, and also ':' and ',' in properties.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        for (String e : report.errors()) {
            out.write("::error title=lihaaz::" + escapeData(e) + "\n");
        }
        for (FileReport file : report.files()) {
            for (Problem p : file.problems()) {
                String command = switch (p.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case NOTICE -> "notice";
                };
                out.write("::" + command + " file=" + escapeProperty(file.path()) + ",title=lihaaz::"
                        + escapeData(p.message()) + "\n");
            }
            for (Finding f : file.findings()) {
                out.write(command(file.path(), f));
                out.write('\n');
            }
        }
        out.flush();
    }

    static String command(String path, Finding f) {
        StringBuilder b = new StringBuilder("::").append(level(f)).append(' ');
        b.append("file=").append(escapeProperty(path));
        b.append(",line=").append(f.start().line());
        b.append(",col=").append(f.start().column());
        if (f.end().line() != f.start().line()) {
            b.append(",endLine=").append(f.end().line());
        }
        b.append(",endColumn=").append(f.end().column());
        b.append(",title=").append(escapeProperty("Lihaaz: " + f.ruleId()));
        b.append("::").append(escapeData(message(f)));
        return b.toString();
    }

    /** The message, the suggestions, and the rule's note and source link on the lines below. */
    private static String message(Finding f) {
        StringBuilder b = new StringBuilder(Messages.withSuggestions(f));
        b.append('\n').append(f.rule().note());
        Optional<String> uri = RuleDocs.helpUri(f.rule());
        uri.ifPresent(u -> b.append('\n').append(u));
        return b.toString();
    }

    private static String level(Finding f) {
        return switch (f.level()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "notice";
        };
    }

    /** The message after "::". */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value between "key=" and the next ',' or "::". */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
