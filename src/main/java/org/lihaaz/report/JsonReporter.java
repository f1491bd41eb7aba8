package org.lihaaz.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.lihaaz.finding.AnchorRef;
import org.lihaaz.finding.Finding;
import org.lihaaz.prose.Anchor;
import org.lihaaz.rule.Level;

/**
 * The JSON report (format version 1), documented in README.md. Keys are written in a fixed order and
 * findings are sorted, so the same input always gives byte-identical output. New keys may be added
 * within version 1; none is removed or renamed.
 */
public final class JsonReporter implements Reporter {
    public static final int FORMAT_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeArrayFieldStart("files");
            for (FileReport f : report.files()) {
                writeFile(g, f);
            }
            g.writeEndArray();
            writeSummary(g, report);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeFile(JsonGenerator g, FileReport f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("language", f.language().code());
        g.writeArrayFieldStart("findings");
        for (Finding x : f.findings()) {
            writeFinding(g, x);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (Problem p : f.problems()) {
            g.writeStartObject();
            g.writeStringField("severity", p.severity().id());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding x) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", x.ruleId());
        g.writeStringField("category", x.category());
        g.writeStringField("level", x.level().id());
        g.writeStringField("language", x.language().code());
        g.writeNumberField("line", x.start().line());
        g.writeNumberField("column", x.start().column());
        g.writeNumberField("endLine", x.end().line());
        g.writeNumberField("endColumn", x.end().column());
        g.writeNumberField("offset", x.start().offset());
        g.writeNumberField("length", x.length());
        g.writeStringField("match", x.match());
        g.writeStringField("message", x.message());
        g.writeArrayFieldStart("suggestions");
        for (String s : x.suggestions()) {
            g.writeString(s);
        }
        g.writeEndArray();
        if (!x.advice().isEmpty()) {
            g.writeStringField("advice", x.advice());
        }
        if (x.quoted()) {
            g.writeBooleanField("quotation", true);
        }
        if (x.anchor() != null) {
            writeAnchor(g, x.anchor());
        }
        g.writeEndObject();
    }

    /** The named region a finding starts in, under its kind: {@code "cue": {"index": 12, "start": ..., "offset": 4}}. */
    private static void writeAnchor(JsonGenerator g, AnchorRef ref) throws IOException {
        Anchor a = ref.anchor();
        g.writeObjectFieldStart(a.kind());
        g.writeNumberField("index", a.index());
        for (Map.Entry<String, String> d : a.details().entrySet()) {
            g.writeStringField(d.getKey(), d.getValue());
        }
        g.writeNumberField("offset", ref.offset());
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, Report report) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", report.files().size());
        g.writeNumberField("findings", report.findingCount());
        g.writeObjectFieldStart("byLevel");
        for (Map.Entry<Level, Integer> e : report.byLevel().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byCategory");
        for (Map.Entry<String, Integer> e : report.byCategory().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("errors", (int) report.files().stream().filter(FileReport::hasError).count()
                + report.errors().size());
        g.writeEndObject();
    }
}
