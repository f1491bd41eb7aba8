package org.lihaaz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The job's command line: values checked before Spark starts, each mistake said in one line. */
class JobOptionsTest {
    @Test
    void readsEveryOption() {
        JobOptions o = JobOptions.parse("--in", "s3://bucket/posts", "--out", "out", "--out-format", "JSONL",
                "--config", ".lihaaz.yml", "--lang", "roman-ur", "--sureness", "low", "--in-format", "parquet",
                "--partitions", "64");
        assertEquals(new JobOptions("s3://bucket/posts", "parquet", "out", "jsonl", ".lihaaz.yml", "roman-ur", "low", 64), o);
        assertEquals(new JobOptions("in", null, "out", "parquet", null, null, null, 0),
                JobOptions.parse("--in", "in", "--out", "out"));
    }

    @Test
    void refusesWhatCannotRun() {
        assertEquals("--in and --out are required",
                assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse("--in", "x")).getMessage());
        assertEquals("--out-format must be parquet or jsonl, not 'csv'", assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse("--in", "x", "--out", "y", "--out-format", "csv")).getMessage());
        assertEquals("--lang must be auto, en, ur or roman-ur, not 'fr'", assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse("--in", "x", "--out", "y", "--lang", "fr")).getMessage());
        assertEquals("--partitions must be a whole number of 1 or more, not '0'", assertThrows(
                JobOptions.UsageException.class, () -> JobOptions.parse("--in", "x", "--out", "y", "--partitions", "0"))
                .getMessage());
        assertEquals("--out needs a value", assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse("--in", "x", "--out")).getMessage());
        assertEquals("unknown option '--input'", assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse("--input", "x")).getMessage());
    }
}
