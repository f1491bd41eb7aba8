package org.lihaaz.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.engine.Input;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;

/**
 * Checks the documents of one partition, each as {@code lihaaz check} would check a file of that name
 * and text, and turns what it finds into result rows: one per finding and one per problem. A row that
 * cannot be checked (no id, no or empty text, an unknown language or format, a malformed record, an
 * internal error) becomes an error row; the other rows of the partition are still checked.
 */
final class DocumentCheck implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Documents as the job reads them, whatever the input was (see {@link LihaazJob#documents}). */
    static final StructType DOCUMENTS = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("bytes", DataTypes.BinaryType, true),
        DataTypes.createStructField("language", DataTypes.StringType, true),
        DataTypes.createStructField("format", DataTypes.StringType, true),
        DataTypes.createStructField("corrupt", DataTypes.StringType, true),
    });

    /** One result: a finding ({@code kind = finding}) or a problem ({@code kind = error}), in one flat row. */
    static final StructType RESULTS = new StructType(new StructField[] {
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("document", DataTypes.StringType, false),
        DataTypes.createStructField("language", DataTypes.StringType, true),
        DataTypes.createStructField("rule", DataTypes.StringType, true),
        DataTypes.createStructField("category", DataTypes.StringType, true),
        DataTypes.createStructField("level", DataTypes.StringType, true),
        DataTypes.createStructField("line", DataTypes.IntegerType, true),
        DataTypes.createStructField("column", DataTypes.IntegerType, true),
        DataTypes.createStructField("offset", DataTypes.IntegerType, true),
        DataTypes.createStructField("length", DataTypes.IntegerType, true),
        DataTypes.createStructField("match", DataTypes.StringType, true),
        DataTypes.createStructField("replacement", DataTypes.StringType, true),
        DataTypes.createStructField("message", DataTypes.StringType, true),
        DataTypes.createStructField("severity", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true),
    });

    static final String FINDING = "finding";
    static final String ERROR = "error";
    /** The document name of a row without an id. */
    static final String NO_ID = "(row without id)";
    /** The document name of a record that could not be parsed (its id is inside the unread record). */
    static final String MALFORMED = "(malformed record)";

    private final EngineSettings settings;

    DocumentCheck(EngineSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        // Rows are checked as they are read and their results handed on lazily: a partition never
        // holds more than one document's results.
        ProjectConfig config = settings.config();
        return new Iterator<>() {
            private Iterator<Row> pending = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!pending.hasNext() && documents.hasNext()) {
                    pending = check(documents.next(), config).iterator();
                }
                return pending.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.next();
            }
        };
    }

    /** The results of one document row. */
    List<Row> check(Row doc, ProjectConfig config) {
        String id = doc.getString(0);
        String text = doc.getString(1);
        byte[] bytes = doc.isNullAt(2) ? null : (byte[]) doc.get(2);
        String language = blankToNull(doc.getString(3));
        String formatId = blankToNull(doc.getString(4));
        String corrupt = doc.getString(5);
        if (corrupt != null) {
            return List.of(error(id != null ? id : MALFORMED, "malformed record: " + shorten(corrupt)));
        }
        if (id == null) {
            return List.of(error(NO_ID, "the row has no id"
                    + (text != null ? " (text begins '" + shorten(text) + "')" : "")));
        }
        if (text == null && bytes == null) {
            return List.of(error(id, "no text"));
        }
        if (text != null ? text.isBlank() : new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return List.of(error(id, "empty text"));
        }
        EngineSettings own = settings;
        if (language != null) {
            String lang = language.toLowerCase(Locale.ROOT);
            if (LanguageChoice.parse(lang).isEmpty()) {
                return List.of(error(id, "unknown language '" + language + "' (auto, en, ur or roman-ur)"));
            }
            own = settings.withLang(lang);
        }
        Format format;
        if (formatId != null) {
            Optional<Format> f = Format.forId(formatId.toLowerCase(Locale.ROOT));
            if (f.isEmpty()) {
                return List.of(error(id, "unknown format '" + formatId + "'"));
            }
            format = f.get();
        } else {
            // As the CLI reads a file it was given by name: by extension (the configuration's first), else plain text.
            format = config.formatOf(id).orElse(Format.TEXT);
        }
        Input input = bytes != null ? Input.ofBytes(id, bytes, format) : Input.ofText(id, text, format);
        FileReport report;
        try {
            report = own.engine().check(input);
        } catch (RuntimeException | StackOverflowError e) {
            // As in the CLI's batches: a bug met on one document must not cost the job the others.
            return List.of(error(id, "internal error: " + e));
        } catch (OutOfMemoryError e) {
            return List.of(error(id, "not enough memory to check this document (give executors more)"));
        }
        List<Row> out = new ArrayList<>(report.findings().size() + report.problems().size());
        for (Problem p : report.problems()) {
            out.add(problem(id, p.severity().id(), p.message()));
        }
        for (Finding f : report.findings()) {
            out.add(RowFactory.create(FINDING, id, f.language().code(), f.ruleId(), f.category(), f.level().id(),
                    f.start().line(), f.start().column(), f.start().offset(), f.length(), f.match(),
                    f.suggestions().isEmpty() ? null : f.suggestions().get(0), f.message(), null, null));
        }
        return out;
    }

    private static Row error(String document, String reason) {
        return problem(document, Problem.Severity.ERROR.id(), reason);
    }

    private static Row problem(String document, String severity, String reason) {
        return RowFactory.create(ERROR, document, null, null, null, null, null, null, null, null, null, null, null,
                severity, reason);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** At most 80 chars of a value, on one line, for an error message. */
    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }
}
