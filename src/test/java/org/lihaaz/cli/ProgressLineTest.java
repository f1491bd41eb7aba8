package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

class ProgressLineTest {
    @Test
    void drawsOnlyAfterADelayAtMostEveryIntervalAndWipesItselfAtTheEnd() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        ProgressLine p = new ProgressLine(new PrintWriter(err), now::get);
        p.started(1000);
        p.fileDone(10, 1000);
        assertEquals("", err.toString(), "a quick run never shows progress");
        now.set(ProgressLine.DELAY_NANOS + 1);
        p.fileDone(400, 1000);
        assertTrue(err.toString().endsWith("\r\u001B[Kchecked 400 of 1,000 files \u00B7 1,000 files/s"), err.toString());
        int drawn = err.toString().length();
        now.addAndGet(ProgressLine.INTERVAL_NANOS / 2);
        p.fileDone(401, 1000);
        assertEquals(drawn, err.toString().length(), "not redrawn within the interval");
        now.addAndGet(ProgressLine.INTERVAL_NANOS);
        p.fileDone(1000, 1000);
        assertTrue(err.toString().endsWith("checked 1,000 of 1,000 files \u00B7 1,818 files/s"), err.toString());
        p.finished();
        assertTrue(err.toString().endsWith("\r\u001B[K"), "the line is cleared");
    }

    @Test
    void neverAppearsWhenStandardErrorIsNotATerminal(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("f" + i + ".md"), "The chairman spoke.\n");
        }
        Cli.Run r = Cli.run("check", "--fail-on", "never", dir.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), "captured stderr is not a terminal");
    }
}
