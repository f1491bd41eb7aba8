package org.lihaaz.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.lihaaz.finding.Finding;
import org.lihaaz.report.Problem;
import org.lihaaz.report.RuleDocs;
import org.lihaaz.rule.MessageChoice;

/** Findings and problems as LSP diagnostics. */
final class Diagnostics {
    static final String SOURCE = "lihaaz";

    private Diagnostics() {
    }

    static Range range(Lines lines, Encoding enc, int start, int end) {
        return new Range(enc.position(lines, start), enc.position(lines, end));
    }

    /**
     * A finding: the rule id as code with a link to the rule's documentation (its first source, as the
     * SARIF report's helpUri), severity by level, the message with the suggestions, and the rule's note
     * (why the wording matters) as related information at the finding itself.
     */
    static Diagnostic of(Finding f, String uri, Lines lines, Encoding enc, MessageChoice messages) {
        Range range = range(lines, enc, f.sourceStart(), f.sourceEnd());
        String text = f.message();
        if (!f.suggestions().isEmpty()) {
            text += "\nInstead: " + String.join(", ", f.suggestions());
        }
        if (!f.advice().isEmpty()) {
            text += "\n" + f.advice();
        }
        if (f.notRewritable() != null) {
            text += "\n(" + f.notRewritable() + ")";
        }
        Diagnostic d = new Diagnostic(range, text, severity(f), SOURCE, f.ruleId());
        RuleDocs.helpUri(f.rule()).ifPresent(u -> d.setCodeDescription(new DiagnosticCodeDescription(u)));
        String note = f.rule().note(messages);
        if (note != null && !note.isBlank()) {
            d.setRelatedInformation(List.of(new DiagnosticRelatedInformation(new Location(uri, range), note)));
        }
        return d;
    }

    static DiagnosticSeverity severity(Finding f) {
        return switch (f.level()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        };
    }

    /** A problem with the whole document (could not be read, too many findings): at its start. */
    static Diagnostic notice(Problem p) {
        DiagnosticSeverity s = switch (p.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        };
        return notice(p.message(), s);
    }

    static Diagnostic notice(String message, DiagnosticSeverity severity) {
        Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), message, severity, SOURCE);
        return d;
    }

    static List<Diagnostic> all(List<Finding> findings, List<Problem> problems, String uri, Lines lines, Encoding enc,
            MessageChoice messages) {
        List<Diagnostic> out = new ArrayList<>(findings.size() + problems.size());
        for (Problem p : problems) {
            out.add(notice(p));
        }
        for (Finding f : findings) {
            out.add(of(f, uri, lines, enc, messages));
        }
        return out;
    }

    /** The rule id a diagnostic of ours carries, or null. */
    static String ruleId(Diagnostic d) {
        Either<String, Integer> code = d.getCode();
        return SOURCE.equals(d.getSource()) && code != null && code.isLeft() ? code.getLeft() : null;
    }
}
