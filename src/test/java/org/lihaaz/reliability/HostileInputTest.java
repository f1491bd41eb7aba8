package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.batch.BatchCheck;
import org.lihaaz.batch.BatchOptions;
import org.lihaaz.batch.BatchProgress;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Report;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.Invariants;
import org.lihaaz.testing.LihaazProcess;

/**
 * The hostile-input matrix of docs/reliability.md, one test per case: each bad input gets the
 * right exit code and a one-line message naming it, the good file beside it is still checked, and
 * nothing hangs ({@code assertTimeoutPreemptively} only guards against a hang; it measures nothing).
 * The slow cases (a 1 GB file, a 50 MB line, 100,000 files) are in scripts/hostile-big.sh.
 */
class HostileInputTest {
    private static final String GOOD = "The policeman came.\n";
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    /** Checks the folder with JSON output; returns each reported file's node by path. */
    private Map<String, JsonNode> checkFolder(Cli.Run[] runOut, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-color", "--threads", "2"));
        args.addAll(List.of(extra));
        args.add(dir.toString());
        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run(args.toArray(String[]::new)));
        runOut[0] = run;
        Map<String, JsonNode> byPath = new TreeMap<>();
        for (JsonNode f : run.json().get("files")) {
            byPath.put(Path.of(f.get("path").asText()).getFileName().toString(), f);
        }
        return byPath;
    }

    private Path good() throws IOException {
        return Files.writeString(dir.resolve("good.md"), GOOD);
    }

    private static void assertGoodChecked(Map<String, JsonNode> files, Cli.Run run) {
        JsonNode good = files.get("good.md");
        assertTrue(good != null && good.get("findings").size() == 1, "the good file is still checked: " + run);
    }

    private static String problem(JsonNode file) {
        return file.get("problems").size() == 0 ? "" : file.get("problems").get(0).get("severity").asText() + ": "
                + file.get("problems").get(0).get("message").asText();
    }

    @Test
    void binaryFilesAndArchivesWithATextExtensionAreSkippedWithANotice() throws IOException {
        good();
        Files.write(dir.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("archive.txt")))) {
            zip.putNextEntry(new ZipEntry("inside.txt"));
            zip.write(GOOD.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        assertEquals("notice: skipped: binary content (NUL bytes), not checked", problem(files.get("image.md")));
        assertEquals("notice: skipped: binary content (NUL bytes), not checked", problem(files.get("archive.txt")));
        assertGoodChecked(files, run[0]);
        assertEquals(1, run[0].code(), "a skipped file is no error; the finding sets the code: " + run[0]);
        assertTrue(run[0].err().contains("image.md: notice: skipped: binary content"), run[0]::toString);
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndNotRewritten() throws IOException {
        good();
        Path le = dir.resolve("le.txt");
        Path be = dir.resolve("be.txt");
        Files.write(le, "\uFEFFA fireman.\r\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(be, "\uFEFFA fireman.\n".getBytes(StandardCharsets.UTF_16BE));
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        for (String name : List.of("le.txt", "be.txt")) {
            JsonNode f = files.get(name);
            assertEquals(1, f.get("findings").size(), run[0]::toString);
            assertEquals("fireman", f.get("findings").get(0).get("match").asText());
            assertEquals(3, f.get("findings").get(0).get("column").asInt());
            assertTrue(problem(f).startsWith("warning: UTF-16 text"), problem(f));
        }
        assertGoodChecked(files, run[0]);
        byte[] before = Files.readAllBytes(le);
        Cli.Run fix = Cli.run("check", "--fix", "--fail-on", "never", le.toString());
        assertEquals(before.length, Files.readAllBytes(le).length);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(le)), "a UTF-16 file is never rewritten");
        assertTrue(fix.err().contains(le + ": not valid UTF-8"), fix::toString);
    }

    @Test
    void latin1BytesAreReplacedWithAWarningNamingTheLine() throws IOException {
        good();
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 line one.\nThe fireman.\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        JsonNode f = files.get("latin1.txt");
        assertEquals("warning: invalid UTF-8 (first at line 1); bad bytes were replaced with U+FFFD", problem(f));
        assertEquals(2, f.get("findings").get(0).get("line").asInt());
        assertGoodChecked(files, run[0]);
        assertEquals(1, run[0].code());
    }

    @Test
    void nulBytesAfterTheSniffedStartAreText() throws IOException {
        good();
        String text = "x ".repeat(5000) + "\u0000 The fireman.\n";
        Files.writeString(dir.resolve("late-nul.txt"), text);
        Files.writeString(dir.resolve("early-nul.txt"), "\u0000The fireman.\n");
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        assertEquals(1, files.get("late-nul.txt").get("findings").size(), run[0]::toString);
        assertEquals("notice: skipped: binary content (NUL bytes), not checked", problem(files.get("early-nul.txt")));
        assertGoodChecked(files, run[0]);
    }

    @Test
    void aFifoInAFolderIsSkippedAndOneNamedIsRefusedWithoutHanging() throws Exception {
        good();
        Path fifo = dir.resolve("pipe.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        assertFalse(files.containsKey("pipe.md"), "a pipe in a folder is not a file to check: " + run[0]);
        assertGoodChecked(files, run[0]);
        Cli.Run named = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", "--no-color", fifo.toString(),
                dir.resolve("good.md").toString()));
        assertEquals(2, named.code(), named::toString);
        assertTrue(named.err().contains(fifo + ": not a regular file (a device or pipe?); not read"), named::toString);
        assertTrue(named.out().contains("gender.policeman"), "the other file is still checked: " + named);
    }

    @Test
    void deviceFilesAndLinksToThemAreNeverRead() throws IOException {
        good();
        Files.createSymbolicLink(dir.resolve("zero.md"), Path.of("/dev/zero"));
        Files.createSymbolicLink(dir.resolve("random.txt"), Path.of("/dev/urandom"));
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        assertFalse(files.containsKey("zero.md"), run[0]::toString);
        assertFalse(files.containsKey("random.txt"), run[0]::toString);
        assertGoodChecked(files, run[0]);
        Cli.Run named = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", "--no-color", "/dev/zero",
                dir.resolve("good.md").toString()));
        assertEquals(2, named.code(), named::toString);
        assertTrue(named.err().contains("/dev/zero: not a regular file"), named::toString);
    }

    @Test
    void anUnreadableFileIsAnErrorAndTheRestIsChecked() throws IOException {
        good();
        Path secret = Files.writeString(dir.resolve("secret.md"), GOOD);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its mode: then there is nothing to test here (FaultInjectionTest covers writes).
        assumeFalse(Files.isReadable(secret), "running as root: a mode of 000 does not stop reading");
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        assertEquals("error: cannot read: permission denied", problem(files.get("secret.md")));
        assertGoodChecked(files, run[0]);
        assertEquals(2, run[0].code());
    }

    @Test
    void anUnreadableFolderIsAnErrorAndTheRestIsChecked() throws IOException {
        good();
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("inside.md"), GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: a mode of 000 does not stop listing");
            Cli.Run[] run = new Cli.Run[1];
            Map<String, JsonNode> files = checkFolder(run);
            assertTrue(problem(files.get("locked")).contains("permission denied"), run[0]::toString);
            assertGoodChecked(files, run[0]);
            assertEquals(2, run[0].code());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileDeletedDuringTheRunIsReportedAndTheRestIsChecked() throws IOException {
        Path first = Files.writeString(dir.resolve("a.md"), GOOD);
        Path second = Files.writeString(dir.resolve("b.md"), GOOD);
        Path third = Files.writeString(dir.resolve("c.md"), GOOD);
        // One thread checks named files in the order given; when the first is done, the second disappears.
        BatchProgress deleteSecond = new BatchProgress() {
            @Override
            public void fileDone(int done, int files) {
                if (done == 1) {
                    try {
                        Files.delete(second);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        Report report = new BatchCheck(new BatchOptions(null, List.of(), List.of(), List.of(), null, 1, null, null))
                .run(List.of(first.toString(), second.toString(), third.toString()), InputStream.nullInputStream(), deleteSecond);
        Map<String, FileReport> byName = new TreeMap<>();
        report.files().forEach(f -> byName.put(Path.of(f.path()).getFileName().toString(), f));
        assertEquals(List.of("a.md", "b.md", "c.md"), List.copyOf(byName.keySet()));
        assertEquals(1, byName.get("a.md").findings().size());
        assertEquals("no such file", byName.get("b.md").problems().get(0).message());
        assertTrue(byName.get("b.md").hasError());
        assertEquals(1, byName.get("c.md").findings().size());
        assertFalse(Files.exists(second));
        assertTrue(Files.exists(first) && Files.exists(third));
    }

    @Test
    void linkLoopsAreNotFollowedAndTheRunEnds() throws IOException {
        good();
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("up"), dir);
        Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("ping.md"), dir.resolve("pong.md"));
        Files.createSymbolicLink(dir.resolve("pong.md"), dir.resolve("ping.md"));
        Cli.Run[] run = new Cli.Run[1];
        Map<String, JsonNode> files = checkFolder(run);
        assertGoodChecked(files, run[0]);
        assertEquals(1, files.values().stream().filter(f -> f.get("findings").size() > 0).count(),
                "the good file is checked once, not once per loop: " + run[0]);
        assertTrue(run[0].err().contains("link loop, not followed"), run[0]::toString);
        assertTrue(run[0].code() == 1 || run[0].code() == 2, run[0]::toString);
    }

    @Test
    void pathsWithSpacesNewlinesAndNonUtf8BytesAreChecked() throws Exception {
        good();
        Files.writeString(dir.resolve("with space.md"), GOOD);
        Files.writeString(dir.resolve("new\nline.md"), GOOD);
        Files.writeString(dir.resolve("caf\u00e9 \u0645\u0631\u062F.md"), GOOD);
        // A name that is not UTF-8 cannot be written from Java; the shell makes it.
        Process p = new ProcessBuilder("sh", "-c", "printf 'The fireman.\\n' > \"$(printf 'bad\\377name.md')\"")
                .directory(dir.toFile()).start();
        assertEquals(0, p.waitFor());
        ProcessBuilder pb = LihaazProcess.builder(dir, "check", "--format", "json", "--fail-on", "never", ".");
        // Java names files in the locale's character set; the launcher script makes sure it is UTF-8, as here.
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process check = pb.start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(check.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(120, TimeUnit.SECONDS));
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        Map<String, Integer> found = new TreeMap<>();
        for (JsonNode f : json.get("files")) {
            found.put(f.get("path").asText(), f.get("findings").size());
        }
        assertEquals(1, found.get("with space.md"), out + err);
        assertEquals(1, found.get("new\nline.md"), out + err);
        assertEquals(1, found.get("caf\u00e9 \u0645\u0631\u062F.md"), out + err);
        assertEquals(1, found.get("good.md"), out + err);
        // The undecodable byte shows as U+FFFD in the name; the file is still read.
        assertEquals(1, found.get("bad\uFFFDname.md"), out + err);
        assertEquals(0, check.exitValue(), err);
    }

    @Test
    void crOnlyLineEndingsCountLines() throws IOException {
        Path cr = Files.writeString(dir.resolve("mac.txt"), "First line.\rThe fireman\rcame. A policeman too.\r");
        Cli.Run run = Cli.run("check", "--format", "json", "--fail-on", "never", cr.toString());
        JsonNode findings = run.json().get("files").get(0).get("findings");
        assertEquals(2, findings.size(), run::toString);
        assertEquals(2, findings.get(0).get("line").asInt());
        assertEquals(5, findings.get(0).get("column").asInt());
        assertEquals(3, findings.get(1).get("line").asInt());
        assertEquals(9, findings.get(1).get("column").asInt());
    }

    @Test
    void outputPipedIntoHeadEndsQuietly() throws Exception {
        for (int i = 0; i < 400; i++) {
            Files.writeString(dir.resolve("f" + i + ".md"), GOOD.repeat(5));
        }
        // `lihaaz check . | head -n 1`: the reader goes away after one line.
        ProcessBuilder pb = LihaazProcess.builder(dir, "check", "--no-color", "--fail-on", "never", ".");
        Process p = pb.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException ignored) {
                // The process ended.
            }
        });
        errReader.start();
        InputStream out = p.getInputStream();
        int c;
        while ((c = out.read()) != -1 && c != '\n') {
            // Read one line, as head -n 1 does.
        }
        out.close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ends once its reader has gone");
        errReader.join(10_000);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertFalse(stderr.contains("Exception") || stderr.contains("internal error"), stderr);
        assertEquals("", stderr.strip(), "nothing is printed about the closed pipe");
        assertEquals(0, p.exitValue(), "the exit code still follows the findings (--fail-on never)");
    }

    @Test
    void markdownNestedTenThousandLevelsDeepIsRead() {
        Lihaaz engine = Lihaaz.builder().build();
        int depth = 10_000;
        Map<String, String> docs = Map.of(
                "quotes", "> ".repeat(depth) + "The policeman.\n",
                "lists", "- ".repeat(depth) + "The policeman.\n",
                "indented lists", buildIndentedList(depth),
                "emphasis", "*".repeat(depth) + "The policeman." + "*".repeat(depth) + "\n",
                "links", "[".repeat(depth) + "The policeman." + "]".repeat(depth) + "\n",
                "inline html", "<b>".repeat(depth) + "The policeman." + "</b>".repeat(depth) + "\n");
        for (Map.Entry<String, String> doc : docs.entrySet()) {
            FileReport r = assertTimeoutPreemptively(HANG_GUARD,
                    () -> engine.check(Input.ofText("deep.md", doc.getValue(), Format.MARKDOWN)), doc.getKey());
            Invariants.findings(r);
            assertFalse(r.hasError(), doc.getKey());
            assertEquals(List.of("policeman"), r.findings().stream().map(Finding::match).toList(), doc.getKey());
        }
        // A line opening 100,000 lists or quotes: past 1,000 the markers are read as text (it took 46 s before).
        FileReport brackets = assertTimeoutPreemptively(HANG_GUARD, () -> engine.check(Input.ofText("brackets.md",
                "[".repeat(1_000_000) + "The policeman." + "]".repeat(1_000_000) + "\n", Format.MARKDOWN)));
        assertEquals(List.of("policeman"), brackets.findings().stream().map(Finding::match).toList(), "a million brackets");
        for (String marker : List.of("- ", "> ", "1. ")) {
            FileReport wide = assertTimeoutPreemptively(HANG_GUARD, () -> engine.check(
                    Input.ofText("wide.md", marker.repeat(100_000) + "The policeman.\n", Format.MARKDOWN)));
            Invariants.findings(wide);
            assertEquals(List.of("policeman"), wide.findings().stream().map(Finding::match).toList(), marker);
        }
        // Runs of emphasis characters cost commonmark-java time growing with their square; longer ones are read as text.
        String run = "*".repeat(1_000_000);
        FileReport longRun = assertTimeoutPreemptively(HANG_GUARD,
                () -> engine.check(Input.ofText("run.md", run + "The policeman." + run + "\n", Format.MARKDOWN)));
        Invariants.findings(longRun);
        assertEquals(List.of("policeman"), longRun.findings().stream().map(Finding::match).toList());
        FileReport html = engine.check(Input.ofText("deep.html", "<div>".repeat(depth) + "The policeman."
                + "</div>".repeat(depth), Format.HTML));
        assertEquals(List.of("policeman"), html.findings().stream().map(Finding::match).toList());
    }

    private static String buildIndentedList(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            b.append("  ".repeat(i)).append("- item\n");
        }
        return b.append("  ".repeat(2000)).append("- The policeman.\n").toString();
    }
}
