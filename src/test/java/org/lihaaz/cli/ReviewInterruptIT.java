package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in review: what was confirmed is written, and the last line says how many files. */
class ReviewInterruptIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void ctrlCSaysStoppedAndHowManyFilesWereWritten() throws Exception {
        Files.writeString(dir.resolve("a.md"), "A spokesman said more help was coming.\n");
        Files.writeString(dir.resolve("b.md"), "The policeman opened the camp.\n");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                PROJECT.resolve("target/lihaaz.jar").toString(), "review", "--no-color", "a.md", "b.md")
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true).start();
        OutputStream answers = p.getOutputStream();
        answers.write("1\n".getBytes(StandardCharsets.UTF_8));
        answers.flush();
        // Wait for the second file's question, then interrupt as Ctrl-C does.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(out).contains("b.md:1:5") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.readString(out).contains("b.md:1:5"), Files.readString(out));
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String shown = Files.readString(out);
        assertTrue(shown.stripTrailing().endsWith("stopped, 1 file written"), shown);
        assertEquals("A spokesperson said more help was coming.\n", Files.readString(dir.resolve("a.md")));
        assertEquals("The policeman opened the camp.\n", Files.readString(dir.resolve("b.md")));
        answers.close();
    }
}
