package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar (and the launcher script) in a separate process, as a user would. */
class PackagedJarIT {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... command) throws Exception {
        Path out = Files.createTempFile("lihaaz-out", ".txt");
        Path err = Files.createTempFile("lihaaz-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(new File(".")).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process finished");
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void checksTheExamplesFolderWithRulesFromTheJar() throws Exception {
        Result r = run(java(), "-jar", "target/lihaaz.jar", "check", "--format", "json", "examples");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.err(), "nothing but the report: no stray logging");
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> rules = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            for (JsonNode x : f.get("findings")) {
                rules.add(x.get("rule").asText());
            }
        }
        assertTrue(rules.contains("gender.chairman"), rules.toString());
        assertTrue(rules.contains("gender.manned"), "needs the OpenNLP models from the jars: " + rules);
        assertEquals(3, report.get("summary").get("files").asInt());
    }

    @Test
    void readsEveryFormatWithTheLibrariesBesideTheJar() throws Exception {
        Result r = run(java(), "-jar", "target/lihaaz.jar", "check", "--format", "json", "--rules",
                "src/test/resources/formats/rules", "src/test/resources/formats");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.err(), "no stray logging from jsoup or POI");
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> paths = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            paths.add(Path.of(f.get("path").asText()).getFileName().toString());
            assertEquals(0, f.get("problems").size(), f.toString());
            assertTrue(f.get("findings").size() > 0, f.toString());
        }
        assertEquals(List.of("golden.docx", "golden.fountain", "golden.html", "golden.md", "golden.srt", "golden.vtt"), paths);
    }

    @Test
    void humanOutputAndExitCodeZeroOnCleanText() throws Exception {
        Result r = run(java(), "-jar", "target/lihaaz.jar", "check", "examples/clean-note.md");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("No findings in 1 file"), r.out());
    }

    @Test
    void theLauncherRunsTheBuiltJar() throws Exception {
        Result r = run("bash", "lihaaz", "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("lihaaz "), r.out());
        assertFalse(r.err().contains("building"), "the jar is fresh, so the launcher does not rebuild: " + r.err());
    }

    @Test
    void theLauncherSymlinkedIntoAnotherBinFolderRunsTheClonesJar(@TempDir Path dir) throws Exception {
        // ~/bin/lihaaz -> ../tools/lihaaz (relative) -> the clone's ./lihaaz: it must find the clone, not
        // build in ~/bin.
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("lihaaz"), Path.of("lihaaz").toAbsolutePath());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("lihaaz"), Path.of("../tools/lihaaz"));
        Result r;
        try {
            r = run(bin.resolve("lihaaz").toString(), "check", "examples/clean-note.md");
        } finally {
            Files.delete(tools.resolve("lihaaz")); // JUnit warns about a link out of its temporary folder
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("No findings in 1 file"), r.out());
        assertFalse(r.err().contains("building"), r.err());
        assertFalse(Files.exists(bin.resolve("target")) || Files.exists(tools.resolve("target")), "no build beside a link");
    }
}
