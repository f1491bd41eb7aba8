package org.lihaaz.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;
import org.lihaaz.source.Position;

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI dashboards read it: one run, the rules
 * that raised findings as {@code rules[]} with their help and source links, one result per finding
 * with its region (columns count Unicode code points, stated in {@code columnKind}), a fingerprint
 * that survives edits elsewhere in the file, and a {@code fixes[]} entry for {@code fix: safe} rules.
 * Unreadable inputs become tool execution notifications.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/lihaaz/lihaaz";
    static final String SRCROOT = "%SRCROOT%";
    /** The key of our fingerprint in {@code partialFingerprints}; its version changes if the hash does. */
    static final String FINGERPRINT_KEY = "lihaazContext/v1";

    private final String toolVersion;

    public SarifReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<Rule> rules = report.rulesWithFindings();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        try (JsonGenerator g = JsonOutput.pretty(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g, rules);
            writeInvocation(g, report);
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (FileReport file : report.files()) {
                for (Finding f : file.findings()) {
                    writeResult(g, file, f, ruleIndex.get(f.ruleId()));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void writeTool(JsonGenerator g, List<Rule> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "Lihaaz");
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeStringField("version", toolVersion);
        g.writeArrayFieldStart("rules");
        for (Rule r : rules) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            text(g, "shortDescription", r.message());
            text(g, "fullDescription", r.note());
            g.writeObjectFieldStart("help");
            g.writeStringField("text", RuleDocs.helpText(r));
            g.writeStringField("markdown", RuleDocs.helpMarkdown(r));
            g.writeEndObject();
            Optional<String> uri = RuleDocs.helpUri(r);
            if (uri.isPresent()) {
                g.writeStringField("helpUri", uri.get());
            }
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.level()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", r.category());
            g.writeStringField("language", r.language().code());
            g.writeStringField("fix", r.fix() == Rule.FixSafety.SAFE ? "safe" : "manual");
            g.writeArrayFieldStart("tags");
            g.writeString(r.category());
            g.writeString(r.language().code());
            g.writeEndArray();
            g.writeArrayFieldStart("sources");
            for (String s : r.sources()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator g, Report report) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", !report.hasErrors());
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (String e : report.errors()) {
            notification(g, "error", e, null);
        }
        for (FileReport f : report.files()) {
            for (Problem p : f.problems()) {
                String level = switch (p.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case NOTICE -> "note";
                };
                notification(g, level, p.message(), f.path());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void notification(JsonGenerator g, String level, String message, String path) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        text(g, "message", message);
        if (path != null) {
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            artifactLocation(g, path);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, FileReport file, Finding f, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.level()));
        text(g, "message", Messages.withSuggestions(f));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        artifactLocation(g, file.path());
        g.writeObjectFieldStart("region");
        region(g, f.start(), f.end());
        g.writeObjectFieldStart("snippet");
        g.writeStringField("text", f.match());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, Fingerprint.of(f, file.source()));
        g.writeEndObject();
        Optional<SafeFix> fix = SafeFix.of(f);
        if (fix.isPresent()) {
            writeFix(g, file.path(), f, fix.get());
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", f.category());
        g.writeStringField("language", f.language().code());
        g.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeFix(JsonGenerator g, String path, Finding f, SafeFix fix) throws IOException {
        g.writeArrayFieldStart("fixes");
        g.writeStartObject();
        text(g, "description", "Replace '" + f.match() + "' with '" + fix.replacement() + "'");
        g.writeArrayFieldStart("artifactChanges");
        g.writeStartObject();
        artifactLocation(g, path);
        g.writeArrayFieldStart("replacements");
        g.writeStartObject();
        g.writeObjectFieldStart("deletedRegion");
        region(g, fix.start(), fix.end());
        g.writeEndObject();
        g.writeObjectFieldStart("insertedContent");
        g.writeStringField("text", fix.replacement());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void artifactLocation(JsonGenerator g, String path) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", SarifUris.of(path));
        if (!SarifUris.isAbsolute(path)) {
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
    }

    private static void region(JsonGenerator g, Position start, Position end) throws IOException {
        g.writeNumberField("startLine", start.line());
        g.writeNumberField("startColumn", start.column());
        g.writeNumberField("endLine", end.line());
        g.writeNumberField("endColumn", end.column());
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "note";
        };
    }
}
