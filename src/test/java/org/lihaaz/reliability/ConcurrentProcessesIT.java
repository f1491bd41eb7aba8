package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.format.Format;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.testing.RandomDocs;

/**
 * Eight {@code lihaaz check} processes (the packaged jar) over one generated corpus at once all
 * print exactly the report of one run alone: no shared state on disk, no order that depends on
 * timing. (One engine shared by many threads is tested in OutputPropertiesTest.)
 */
class ConcurrentProcessesIT {
    private static final int PROCESSES = 8;

    @TempDir
    Path dir;

    private ProcessBuilder check(Path out) {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/lihaaz.jar").toAbsolutePath().toString(), "check", "--format", "json", "--fail-on", "never",
                "--sureness", "low", dir.resolve("corpus").toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    @Test
    void eightProcessesAtOnceGiveTheReportOfOneAlone() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        RandomDocs docs = new RandomDocs(new RuleLoader().loadBuiltIn().rules());
        Random random = new Random(7);
        List<Format> formats = List.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.SUBRIP, Format.WEBVTT,
                Format.FOUNTAIN);
        for (int i = 0; i < 240; i++) {
            Format f = formats.get(i % formats.size());
            Path sub = Files.createDirectories(corpus.resolve("part" + (i % 7)));
            Files.writeString(sub.resolve("doc" + i + "." + f.extensions().get(0)), docs.document(random, f),
                    StandardCharsets.UTF_8);
        }
        Path alone = dir.resolve("alone.json");
        Process one = check(alone).start();
        assertTrue(one.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, one.exitValue());
        String expected = Files.readString(alone);
        assertTrue(expected.contains("\"rule\""), "the corpus has findings");

        List<Process> all = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            Path out = dir.resolve("run" + i + ".json");
            outs.add(out);
            all.add(check(out).start());
        }
        for (int i = 0; i < PROCESSES; i++) {
            assertTrue(all.get(i).waitFor(600, TimeUnit.SECONDS), "process " + i + " finished");
            assertEquals(0, all.get(i).exitValue(), "process " + i);
            assertEquals(expected, Files.readString(outs.get(i)), "process " + i + "'s report");
        }
    }
}
