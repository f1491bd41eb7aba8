package org.lihaaz.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.lihaaz.finding.Finding;
import org.lihaaz.source.Position;
import org.lihaaz.source.SourceText;

/**
 * reviewdog's diagnostic format (rdjson, the {@code DiagnosticResult} message): one diagnostic per
 * finding with its rule code and link, and, for {@code fix: safe} rules, a suggestion that reviewdog
 * posts as a one-click suggested change on the pull request. Columns count UTF-8 bytes, as the
 * format requires (so "é" moves the next column on by two).
 */
public final class RdjsonReporter implements Reporter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.pretty(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("name", "lihaaz");
            g.writeStringField("url", SarifReporter.INFORMATION_URI);
            g.writeEndObject();
            g.writeArrayFieldStart("diagnostics");
            for (FileReport file : report.files()) {
                for (Finding f : file.findings()) {
                    writeDiagnostic(g, file, f);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeDiagnostic(JsonGenerator g, FileReport file, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("message", Messages.withSuggestions(f));
        g.writeObjectFieldStart("location");
        g.writeStringField("path", file.path());
        range(g, file.source(), f);
        g.writeEndObject();
        g.writeStringField("severity", switch (f.level()) {
            case ERROR -> "ERROR";
            case WARNING -> "WARNING";
            case SUGGESTION -> "INFO";
        });
        g.writeObjectFieldStart("code");
        g.writeStringField("value", f.ruleId());
        Optional<String> uri = RuleDocs.helpUri(f.rule());
        if (uri.isPresent()) {
            g.writeStringField("url", uri.get());
        }
        g.writeEndObject();
        Optional<SafeFix> fix = SafeFix.of(f);
        if (fix.isPresent()) {
            g.writeArrayFieldStart("suggestions");
            g.writeStartObject();
            range(g, file.source(), f);
            g.writeStringField("text", fix.get().replacement());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, SourceText source, Finding f) throws IOException {
        g.writeObjectFieldStart("range");
        position(g, "start", f.start(), column(source, f, f.start(), f.sourceStart()));
        position(g, "end", f.end(), column(source, f, f.end(), f.sourceEnd()));
        g.writeEndObject();
    }

    private static int column(SourceText source, Finding f, Position p, int charIndex) {
        if (source == null && f.excerpt() != null) {
            return byteColumn(f.excerpt(), charIndex);
        }
        return byteColumn(source, p, charIndex);
    }

    private static void position(JsonGenerator g, String name, Position p, int column) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", column);
        g.writeEndObject();
    }

    /** 1-based column in UTF-8 bytes; code points when the text was not kept. */
    static int byteColumn(SourceText source, Position p, int charIndex) {
        if (source == null) {
            return p.column();
        }
        int lineStart = source.lineStart(p.line() - 1);
        return source.text().substring(lineStart, charIndex).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** The same from the text kept around a finding, once the file's text is gone. */
    static int byteColumn(org.lihaaz.finding.Excerpt ex, int charIndex) {
        int lineStart = ex.lineStartOf(charIndex);
        return ex.slice(lineStart, charIndex).getBytes(StandardCharsets.UTF_8).length + 1;
    }
}
