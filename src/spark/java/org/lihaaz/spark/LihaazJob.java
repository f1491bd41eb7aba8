package org.lihaaz.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.yaml.YamlException;

/**
 * Lihaaz on Apache Spark: checks every document of an archive, as {@code lihaaz check} checks a
 * file, on the executors of a cluster, and writes three tables under {@code --out}: {@code findings}
 * (one row per finding), {@code summary} (findings counted by category, rule, language and level) and
 * {@code errors} (documents that could not be checked, and problems met reading the others). How to
 * run it: docs/spark.md.
 */
public final class LihaazJob {
    private LihaazJob() {
    }

    /**
     * What a run wrote, counted.
     *
     * @param engineMillis how long building the engine took on the driver; each executor pays about as
     *                     much once, before its first document
     */
    public record Result(long findings, long errors, long engineMillis) {
    }

    /** A configuration, rule pack or input that stops the job before any document is checked. */
    public static final class SetupError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SetupError(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            System.err.println("lihaaz-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("lihaaz").getOrCreate();
        try {
            Result r = run(spark, options);
            System.out.printf(Locale.ROOT, "lihaaz-spark: %,d findings, %,d errors; tables in %s/{findings,summary,errors}"
                    + " (engine built in %,d ms)%n", r.findings(), r.errors(), options.out(), r.engineMillis());
        } catch (SetupError e) {
            System.err.println("lihaaz-spark: " + e.getMessage());
            System.exit(2);
        } finally {
            // Databricks owns its session (and asks jobs not to stop it); spark-submit's is ours.
            if (System.getenv("DATABRICKS_RUNTIME_VERSION") == null) {
                spark.stop();
            }
        }
    }

    /** Runs the job on {@code spark}: reads, checks, writes the three tables. */
    public static Result run(SparkSession spark, JobOptions options) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        EngineSettings settings = settings(options, hadoop);
        long started = System.nanoTime();
        try {
            // Built here once so that a broken configuration or rule pack stops the job in one line on the
            // driver, before any executor starts; in local mode the executors then reuse this engine.
            settings.engine();
        } catch (YamlException | org.lihaaz.engine.SetupException e) {
            throw new SetupError(e.getMessage());
        }
        long engineMillis = (System.nanoTime() - started) / 1_000_000;
        Dataset<Row> documents = documents(spark, options, settings, hadoop);
        if (options.partitions() > 0) {
            documents = documents.repartition(options.partitions());
        }
        Dataset<Row> results = documents.mapPartitions(new DocumentCheck(settings), Encoders.row(DocumentCheck.RESULTS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> findings = results.filter(col("kind").equalTo(DocumentCheck.FINDING)).select(
                    col("document"), col("language"), col("rule"), col("category"), col("level"), col("line"),
                    col("column"), col("offset"), col("length"), col("match"), col("replacement"), col("message"));
            Dataset<Row> errors = results.filter(col("kind").equalTo(DocumentCheck.ERROR))
                    .select(col("document"), col("severity"), col("reason"));
            Dataset<Row> summary = findings.groupBy("category", "rule", "language", "level").count()
                    .withColumnRenamed("count", "findings").coalesce(1);
            write(findings, options, "findings");
            write(errors, options, "errors");
            write(summary, options, "summary");
            return new Result(findings.count(), errors.count(), engineMillis);
        } finally {
            results.unpersist();
        }
    }

    private static void write(Dataset<Row> table, JobOptions options, String name) {
        String path = options.out().replaceAll("/+$", "") + "/" + name;
        var writer = table.write().mode(SaveMode.ErrorIfExists);
        if (options.outFormat().equals("jsonl")) {
            writer.json(path);
        } else {
            writer.parquet(path);
        }
    }

    /** The settings every executor builds its engine from: the configuration is read here, on the driver. */
    static EngineSettings settings(JobOptions options, Configuration hadoop) {
        if (options.config() == null) {
            return new EngineSettings(null, null, options.lang(), options.sureness());
        }
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(options.config());
        try (InputStream in = file.getFileSystem(hadoop).open(file)) {
            String text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            return new EngineSettings(text, options.config(), options.lang(), options.sureness());
        } catch (IOException e) {
            throw new SetupError(options.config() + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * The documents to check, one row each in {@link DocumentCheck#DOCUMENTS}'s shape, whatever the
     * input: files of a folder (named as the CLI names them: the folder as given, then the path in it),
     * or JSON Lines or Parquet rows with {@code id} and {@code text} and optional {@code language} and
     * {@code format} columns.
     */
    static Dataset<Row> documents(SparkSession spark, JobOptions options, EngineSettings settings, Configuration hadoop) {
        String kind = options.inFormat() != null ? options.inFormat() : inFormat(options.in(), hadoop);
        return switch (kind) {
            case "parquet" -> rows(spark.read().parquet(options.in()), options.in());
            case "jsonl" -> rows(spark.read().schema(JSON_LINES)
                    .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", "_corrupt_record")
                    .json(options.in()), options.in());
            default -> files(spark, options.in(), settings, hadoop);
        };
    }

    private static final StructType JSON_LINES = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("language", DataTypes.StringType).add("format", DataTypes.StringType)
            .add("_corrupt_record", DataTypes.StringType);

    /** Rows of a table, in the documents' shape; a table without id and text columns is refused. */
    private static Dataset<Row> rows(Dataset<Row> table, String in) {
        List<String> names = Arrays.asList(table.columns());
        for (String required : List.of("id", "text")) {
            if (!names.contains(required)) {
                throw new SetupError(in + ": no '" + required + "' column (found: " + String.join(", ", names) + ")");
            }
        }
        DataType textType = table.schema().apply("text").dataType();
        Column nothing = lit(null).cast(DataTypes.StringType);
        return table.select(
                col("id").cast(DataTypes.StringType).as("id"),
                textType.equals(DataTypes.BinaryType) ? nothing.as("text") : col("text").cast(DataTypes.StringType).as("text"),
                textType.equals(DataTypes.BinaryType) ? col("text").as("bytes") : lit(null).cast(DataTypes.BinaryType).as("bytes"),
                names.contains("language") ? col("language").cast(DataTypes.StringType).as("language") : nothing.as("language"),
                names.contains("format") ? col("format").cast(DataTypes.StringType).as("format") : nothing.as("format"),
                names.contains("_corrupt_record") ? col("_corrupt_record").as("corrupt") : nothing.as("corrupt"));
    }

    /**
     * The files of a folder, read whole as bytes (so decoding — byte-order mark, invalid UTF-8,
     * binary files — is the CLI's). As in a folder given to the CLI, only files of a known format
     * are checked; Spark leaves out names starting with '.' or '_'.
     */
    private static Dataset<Row> files(SparkSession spark, String in, EngineSettings settings, Configuration hadoop) {
        String shown = in.replaceAll("/+$", "");
        String root;
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(shown);
            root = p.getFileSystem(hadoop).makeQualified(p).toString();
        } catch (IOException e) {
            throw new SetupError(in + ": " + e.getMessage());
        }
        Dataset<Row> raw = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(in)
                .select(col("path"), col("content"));
        return raw.flatMap(new FileRows(root, shown, settings), Encoders.row(DocumentCheck.DOCUMENTS));
    }

    /** A file row in the documents' shape, named as the CLI names it, or nothing for a file of unknown format. */
    private static final class FileRows implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final String root;
        private final String shown;
        private final EngineSettings settings;
        private transient ProjectConfig config;

        FileRows(String root, String shown, EngineSettings settings) {
            this.root = root;
            this.shown = shown;
            this.settings = settings;
        }

        @Override
        public Iterator<Row> call(Row file) {
            if (config == null) {
                config = settings.config();
            }
            String uri = file.getString(0);
            String name = uri.startsWith(root) ? shown + uri.substring(root.length()) : uri;
            // The configuration's extensions: count, as when the CLI walks a folder.
            if (config.formatOf(name.substring(name.lastIndexOf('/') + 1)).isEmpty()) {
                return Collections.emptyIterator();
            }
            return List.of(RowFactory.create(name, null, file.get(1), null, null, null)).iterator();
        }
    }

    /** parquet or jsonl by the name or the files in the folder; anything else is a folder of documents. */
    static String inFormat(String in, Configuration hadoop) {
        String lower = in.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (lower.endsWith(".parquet")) {
            return "parquet";
        }
        if (lower.matches(".*\\.(jsonl|ndjson|json)(\\.gz)?")) {
            return "jsonl";
        }
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
            FileSystem fs = p.getFileSystem(hadoop);
            if (!fs.exists(p)) {
                throw new SetupError(in + ": no such file or folder");
            }
            for (FileStatus s : fs.listStatus(p)) {
                String n = s.getPath().getName().toLowerCase(Locale.ROOT);
                if (n.endsWith(".parquet")) {
                    return "parquet";
                }
                if (n.matches(".*\\.(jsonl|ndjson|json)(\\.gz)?")) {
                    return "jsonl";
                }
            }
        } catch (IOException e) {
            throw new SetupError(in + ": " + e.getMessage());
        }
        return "files";
    }
}
