package org.lihaaz.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line, as given after the jar to {@code spark-submit} (docs/spark.md).
 *
 * @param in        a folder of documents, a JSON Lines file or folder, or a Parquet file or folder
 * @param inFormat  how to read {@code in}: {@code files}, {@code jsonl} or {@code parquet}; null to decide
 *                  by its name and contents
 * @param out       the folder the findings, summary and errors tables are written under
 * @param outFormat {@code parquet} or {@code jsonl}
 * @param config    a {@code .lihaaz.yml} read on the driver and shipped to the executors, or null
 * @param lang      {@code auto}, {@code en}, {@code ur} or {@code roman-ur}, or null to follow the configuration
 * @param sureness  {@code low}, {@code medium} or {@code high}, or null to follow the configuration
 * @param partitions how many partitions to spread the documents over before checking, or 0 to keep
 *                  the input's (a few large input files make few partitions, and so few busy cores)
 */
public record JobOptions(String in, String inFormat, String out, String outFormat, String config, String lang,
        String sureness, int partitions) {
    static final List<String> IN_FORMATS = List.of("files", "jsonl", "parquet");
    static final List<String> OUT_FORMATS = List.of("parquet", "jsonl");

    static final String USAGE = "usage: LihaazJob --in PATH --out PATH [--in-format files|jsonl|parquet]"
            + " [--out-format parquet|jsonl] [--config .lihaaz.yml] [--lang auto|en|ur|roman-ur]"
            + " [--sureness low|medium|high] [--partitions N]";

    /** A command line that cannot be run, said in one line. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public static JobOptions parse(String... args) {
        String in = null;
        String inFormat = null;
        String out = null;
        String outFormat = "parquet";
        String config = null;
        String lang = null;
        String sureness = null;
        int partitions = 0;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (rest.isEmpty()) {
                throw new UsageException(name.startsWith("--") ? name + " needs a value" : "unexpected '" + name + "'");
            }
            String value = rest.remove(0);
            switch (name) {
                case "--in" -> in = value;
                case "--in-format" -> inFormat = oneOf(name, value, IN_FORMATS);
                case "--out" -> out = value;
                case "--out-format" -> outFormat = oneOf(name, value, OUT_FORMATS);
                case "--config" -> config = value;
                case "--lang" -> lang = oneOf(name, value, List.of("auto", "en", "ur", "roman-ur"));
                case "--sureness" -> sureness = oneOf(name, value, List.of("low", "medium", "high"));
                case "--partitions" -> partitions = positive(name, value);
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }
        if (in == null || out == null) {
            throw new UsageException("--in and --out are required");
        }
        return new JobOptions(in, inFormat, out, outFormat, config, lang, sureness, partitions);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(option + " must be a whole number of 1 or more, not '" + value + "'");
    }

    private static String oneOf(String option, String value, List<String> allowed) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            String choices = String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1);
            throw new UsageException(option + " must be " + choices + ", not '" + value + "'");
        }
        return v;
    }
}
