package org.lihaaz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/**
 * The Spark job end to end in local mode (two worker threads): documents in, the three tables out,
 * and every finding equal to the one {@code lihaaz check --format json} reports on the same documents.
 * One Spark session serves the whole class (starting one takes seconds).
 */
class LihaazJobIT {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("lihaaz-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Drafts in every text format and all three languages, with findings of several rules and levels. */
    private static Map<String, String> drafts() throws IOException {
        Map<String, String> docs = new LinkedHashMap<>();
        for (String name : List.of("flood-relief-post.md", "interview-script.txt", "clean-note.md")) {
            docs.put(name, Files.readString(Path.of("examples", name), StandardCharsets.UTF_8));
        }
        for (String ext : List.of("html", "srt", "vtt", "fountain", "md")) {
            docs.put("golden-" + ext + "." + ext,
                    Files.readString(Path.of("src/test/resources/formats/golden." + ext), StandardCharsets.UTF_8));
        }
        docs.put("mixed.md", "The policeman opened the flood-relief camp today.\n"
                + "Lekin ye khusra wala joke bilkul ghalat tha, aur us randi wali baat bhi.\n");
        docs.put("khabar.txt", "سگنل پر ایک كھسرا گاڑی کے پاس کھڑا تھا۔\n\nچیئرمین نے اجلاس بلایا۔\n");
        return docs;
    }

    /** A configuration that changes what is found, so the test shows it reaches the executors. */
    private Path config() throws IOException {
        Path c = dir.resolve("lihaaz.yml");
        Files.writeString(c, "rules:\n  gender.chairman: error\n  gender.policeman: off\nallow: [fireman]\n");
        return c;
    }

    private static final StructType TABLE = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("language", DataTypes.StringType);

    @Test
    void parquetInParquetOutHasTheFindingsOfTheCli() throws IOException {
        Map<String, String> docs = drafts();
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> d : docs.entrySet()) {
            Files.writeString(folder.resolve(d.getKey()), d.getValue(), StandardCharsets.UTF_8);
            // Named as the CLI names the file, so the two reports can be compared line by line.
            rows.add(RowFactory.create(folder.resolve(d.getKey()).toString(), d.getValue(), null));
        }
        Path in = dir.resolve("in.parquet");
        spark.createDataFrame(rows, TABLE).repartition(3).write().parquet(in.toString());
        Path config = config();

        Path out = dir.resolve("out");
        LihaazJob.Result result = LihaazJob.run(spark, JobOptions.parse("--in", in.toString(), "--out", out.toString(),
                "--config", config.toString()));

        List<String> fromSpark = sparkFindings(out.resolve("findings"));
        List<String> fromCli = cliFindings("--config", config.toString(), folder.toString());
        assertEquals(fromCli, fromSpark);
        assertEquals(fromCli.size(), result.findings());
        assertEquals(0, result.errors());
        assertTrue(fromCli.size() >= 15, "the drafts have findings to compare: " + fromCli);
        assertTrue(fromSpark.stream().anyMatch(f -> f.contains("|gender.chairman|gender|error|")), "configured level");
        assertTrue(fromSpark.stream().noneMatch(f -> f.contains("|gender.policeman|")), "configured off");
        for (String lang : List.of("|en|", "|ur|", "|roman-ur|")) {
            assertTrue(fromSpark.stream().anyMatch(f -> f.contains(lang)), lang + " findings");
        }

        // The summary counts the same findings by category, rule, language and level.
        List<Row> summary = spark.read().parquet(out.resolve("summary").toString()).collectAsList();
        assertEquals(fromCli.size(), summary.stream().mapToLong(r -> r.getLong(r.fieldIndex("findings"))).sum());
        Row chairman = summary.stream().filter(r -> r.getString(r.fieldIndex("rule")).equals("gender.chairman"))
                .findFirst().orElseThrow();
        assertEquals(fromSpark.stream().filter(f -> f.contains("|gender.chairman|")).count(),
                chairman.getLong(chairman.fieldIndex("findings")));
        assertEquals(List.of("category", "rule", "language", "level", "findings"),
                List.of(spark.read().parquet(out.resolve("summary").toString()).columns()));
    }

    @Test
    void aFolderOfFilesGivesTheCliReportAndBrokenRowsGoToErrors() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("drafts/sub"));
        for (Map.Entry<String, String> d : drafts().entrySet()) {
            Files.writeString(folder.resolve(d.getKey()), d.getValue(), StandardCharsets.UTF_8);
        }
        Files.write(folder.resolve("latin1.txt"), "The chairman\u00e9 spoke.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("picture.png"), "not a known format: left out, as the CLI leaves it");

        Path out = dir.resolve("out-files");
        LihaazJob.run(spark, JobOptions.parse("--in", dir.resolve("drafts").toString(), "--out", out.toString(),
                "--out-format", "jsonl"));
        // Named as the CLI names files of a folder it was given: the folder as given, then the path in it.
        String shown = dir.resolve("drafts").toString();
        assertEquals(cliFindings(shown), sparkFindings(spark.read().json(out.resolve("findings").toString())));
        List<String> errors = errors(spark.read().json(out.resolve("errors").toString()));
        assertEquals(List.of(shown + "/sub/latin1.txt|warning|" + cliProblem(shown, "latin1.txt")), errors);
    }

    @Test
    void aCorruptRowAndAnEmptyTextGoToTheErrorsTableAndTheJobFinishes() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"good.md\", \"text\": \"The fireman spoke to us.\"}",
                "{\"id\": \"empty.md\", \"text\": \"\"}",
                "{\"id\": \"blank.md\", \"text\": \"  \\n \"}",
                "{\"id\": \"broken.md\", \"text\": \"The fireman",
                "{\"text\": \"The policeman spoke.\"}",
                "{\"id\": \"klingon.md\", \"text\": \"The chairman spoke.\", \"language\": \"tlh\"}",
                "{\"id\": \"subtitle\", \"text\": \"The chairman spoke.\", \"format\": \"pdf\"}",
                "{\"id\": 17, \"text\": \"The fireman spoke to us.\", \"language\": \"EN\", \"format\": \"markdown\"}",
                ""), StandardCharsets.UTF_8);
        Path out = dir.resolve("out-errors");
        LihaazJob.Result r = LihaazJob.run(spark, JobOptions.parse("--in", in.toString(), "--out", out.toString()));

        List<String> errors = errors(spark.read().parquet(out.resolve("errors").toString()));
        assertEquals(List.of(
                "(malformed record)|error|malformed record: {\"id\": \"broken.md\", \"text\": \"The fireman",
                "(row without id)|error|the row has no id (text begins 'The policeman spoke.')",
                "blank.md|error|empty text",
                "empty.md|error|empty text",
                "klingon.md|error|unknown language 'tlh' (auto, en, ur or roman-ur)",
                "subtitle|error|unknown format 'pdf'"), errors);
        assertEquals(6, r.errors());
        assertEquals(List.of("17|en|gender.fireman|gender|warning|1|5|4|7|fireman|firefighter|",
                        "good.md|en|gender.fireman|gender|warning|1|5|4|7|fireman|firefighter|"),
                sparkFindings(out.resolve("findings")).stream().map(f -> f.substring(0, f.lastIndexOf('|') + 1)).toList());
    }

    /** Findings of the job's table, one line each, in the CLI report's order. */
    private static List<String> sparkFindings(Path table) {
        return sparkFindings(spark.read().parquet(table.toString()));
    }

    private static List<String> sparkFindings(org.apache.spark.sql.Dataset<Row> table) {
        List<String> out = new ArrayList<>();
        for (Row r : table.orderBy("document", "offset", "rule").collectAsList()) {
            out.add(String.join("|", r.getAs("document"), r.getAs("language"), r.getAs("rule"), r.getAs("category"),
                    r.getAs("level"), String.valueOf((Object) r.getAs("line")), String.valueOf((Object) r.getAs("column")),
                    String.valueOf((Object) r.getAs("offset")), String.valueOf((Object) r.getAs("length")),
                    r.getAs("match"), String.valueOf((Object) r.getAs("replacement")), r.getAs("message")));
        }
        return out;
    }

    private static List<String> errors(org.apache.spark.sql.Dataset<Row> table) {
        return table.orderBy("document").collectAsList().stream()
                .map(r -> r.getAs("document") + "|" + r.getAs("severity") + "|" + r.getAs("reason")).toList();
    }

    /** The CLI's JSON report (the command line run in-process, as a user would type it), as the same lines. */
    private static List<String> cliFindings(String... args) {
        JsonNode report = cli(args);
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            for (JsonNode x : f.get("findings")) {
                JsonNode s = x.get("suggestions");
                out.add(String.join("|", f.get("path").asText(), x.get("language").asText(), x.get("rule").asText(),
                        x.get("category").asText(), x.get("level").asText(), x.get("line").asText(),
                        x.get("column").asText(), x.get("offset").asText(), x.get("length").asText(),
                        x.get("match").asText(), s.isEmpty() ? "null" : s.get(0).asText(), x.get("message").asText()));
            }
        }
        // The CLI sorts by path, offset and rule; the same order as the job's table sorted by those columns.
        return out.stream().sorted(java.util.Comparator.comparing((String l) -> l.split("\\|")[0])
                .thenComparingInt(l -> Integer.parseInt(l.split("\\|")[7])).thenComparing(l -> l.split("\\|")[2])).toList();
    }

    private static String cliProblem(String folder, String file) {
        for (JsonNode f : cli(folder).get("files")) {
            if (f.get("path").asText().endsWith("/" + file)) {
                return f.get("problems").get(0).get("message").asText();
            }
        }
        throw new AssertionError("no report on " + file);
    }

    private static JsonNode cli(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all.toArray(String[]::new));
        assertEquals(0, run.code(), run::toString);
        return run.json();
    }
}
