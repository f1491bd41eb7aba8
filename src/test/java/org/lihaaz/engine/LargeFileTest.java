package org.lihaaz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;

/** A file read in pieces gives exactly the findings of the same text read whole. */
class LargeFileTest {
    private static final BuiltInRules RULES = BuiltInRules.load();

    private static List<String> describe(FileReport r) {
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.start() + "-" + f.end() + ":" + f.match() + ":"
                + f.sourceStart() + ":" + f.suggestions() + ":" + f.excerpt().slice(f.sourceStart(), f.sourceEnd()))
                .toList();
    }

    private static String draft(int paragraphs) {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (int i = 0; i < paragraphs; i++) {
            b.append("Para ").append(i).append(": the policeman 😀 and the fireman spoke to the spokesman.\r\n");
            if (i % 7 == 0) {
                b.append("A second line with manpower, then عزت والی policemen's words.\r\n");
            }
            if (i == 300) {
                b.append("\r\nlihaaz-disable gender.fireman\r\n");
            }
            if (i == 900) {
                b.append("\r\nlihaaz-enable\r\n");
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    @Test
    void piecesGiveTheFindingsOfTheWholeText(@TempDir Path dir) throws Exception {
        String text = draft(2000);
        Path file = dir.resolve("big.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Lihaaz whole = Lihaaz.builder().builtIn(RULES).build();
        Lihaaz pieces = Lihaaz.builder().builtIn(RULES).pieces(1024, 4096).build();
        FileReport a = whole.check(Input.ofFile(file, "big.txt"));
        FileReport b = pieces.check(Input.ofFile(file, "big.txt"));
        assertNull(b.source(), "a file read in pieces keeps no whole text");
        assertTrue(a.findings().size() > 1000);
        assertEquals(describe(a), describe(b));
        for (int workers : new int[] {1, 3, 8}) {
            Lihaaz engine = Lihaaz.builder().builtIn(RULES).pieces(1024, 4096).pieceWorkers(workers).build();
            assertEquals(describe(a), describe(engine.check(Input.ofFile(file, "big.txt"))), workers + " workers");
        }
        // The disable region from paragraph 300 to 900 spans many pieces.
        long firemen = b.findings().stream().filter(f -> f.ruleId().equals("gender.fireman")).count();
        assertEquals(2000 - 600, firemen, 100);
    }

    @Test
    void aHugeSingleLineIsPlacedByColumn(@TempDir Path dir) throws Exception {
        String line = "the fireman and the policeman spoke ".repeat(3000);
        Path file = dir.resolve("line.txt");
        Files.writeString(file, line, StandardCharsets.UTF_8);
        FileReport a = Lihaaz.builder().builtIn(RULES).build().check(Input.ofText("line.txt", line, Format.TEXT));
        FileReport b = Lihaaz.builder().builtIn(RULES).pieces(1024, 8192).build().check(Input.ofFile(file, "line.txt"));
        assertEquals(describe(a), describe(b));
        Finding last = b.findings().get(b.findings().size() - 1);
        assertEquals(1, last.start().line());
        assertTrue(last.start().column() > 100_000);
    }

    @Test
    void rewritingReadsTheWholeFileWhateverItsSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.txt");
        Files.writeString(file, draft(100), StandardCharsets.UTF_8);
        FileReport b = Lihaaz.builder().builtIn(RULES).pieces(1024, 4096).wholeFiles().build()
                .check(Input.ofFile(file, "big.txt"));
        assertEquals(Files.readString(file).substring(1), b.source().text(), "the whole text, after its byte-order mark");
    }

    @Test
    void findingsPastTheCapAreCountedNotKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.txt");
        Files.writeString(file, draft(200), StandardCharsets.UTF_8);
        Lihaaz capped = Lihaaz.builder().builtIn(RULES).maxFindingsPerFile(50).build();
        Lihaaz cappedPieces = Lihaaz.builder().builtIn(RULES).maxFindingsPerFile(50).pieces(1024, 4096).build();
        FileReport all = Lihaaz.builder().builtIn(RULES).build().check(Input.ofFile(file, "big.txt"));
        FileReport whole = capped.check(Input.ofFile(file, "big.txt"));
        assertEquals(describe(all).subList(0, 50), describe(whole));
        assertEquals(String.format(java.util.Locale.ROOT,
                "%,d findings in this one file; only the first 50 are reported (is it prose?)", all.findings().size()),
                whole.problems().get(whole.problems().size() - 1).message());
        // Read in pieces, checking stops at the first piece after the cap is passed.
        FileReport pieces = cappedPieces.check(Input.ofFile(file, "big.txt"));
        assertEquals(describe(all).subList(0, 50), describe(pieces));
        String warning = pieces.problems().get(pieces.problems().size() - 1).message();
        assertTrue(warning.matches("over 50 findings in this one file; only the first 50 are reported, and checking"
                + " stopped at line [0-9,]+ \\(is it prose\\?\\)"), warning);
        int line = Integer.parseInt(warning.replaceAll(".*line ([0-9,]+).*", "$1").replace(",", ""));
        assertTrue(line > all.findings().get(49).start().line() && line < all.findings().get(all.findings().size() - 1).start().line(),
                "stopped after the fiftieth finding's line and well before the end: " + line);
    }
}
