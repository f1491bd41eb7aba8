package org.lihaaz.internal.source;

import org.lihaaz.source.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PieceReaderTest {
    private static List<PieceReader.Piece> pieces(byte[] bytes, int target, boolean markdown) throws IOException {
        List<PieceReader.Piece> out = new ArrayList<>();
        try (PieceReader r = new PieceReader(new ByteArrayInputStream(bytes), target, markdown)) {
            for (PieceReader.Piece p = r.next(); p != null; p = r.next()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String paragraphs(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("Paragraph ").append(i).append(" has a few words 😀 and\r\na second line.\r\n\r\n");
        }
        return b.toString();
    }

    @Test
    void piecesJoinToTheTextAndKnowWhereTheyStart() throws IOException {
        String text = paragraphs(400);
        List<PieceReader.Piece> ps = pieces(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), 4096, false);
        assertTrue(ps.size() > 5);
        StringBuilder joined = new StringBuilder();
        for (PieceReader.Piece p : ps) {
            assertEquals(joined.length(), p.charOffset());
            assertEquals(joined.codePointCount(0, joined.length()), p.codePointOffset());
            SourceText whole = new SourceText(joined.toString());
            assertEquals(joined.length() == 0 ? 0 : whole.lineCount() - 1, p.lineOffset());
            assertEquals(0, p.columnOffset(), "cut after a blank line");
            assertTrue(p.text().endsWith("\r\n\r\n") || p.last(), "ends at a paragraph break");
            joined.append(p.text());
        }
        assertEquals(text, joined.toString(), "the BOM is dropped, nothing else changes");
        assertTrue(ps.get(ps.size() - 1).last());
    }

    @Test
    void aSingleHugeLineIsCutAtSpacesAndColumnsCarryOn() throws IOException {
        String line = "word ".repeat(5000);
        List<PieceReader.Piece> ps = pieces(line.getBytes(StandardCharsets.UTF_8), 2048, false);
        int column = 0;
        StringBuilder joined = new StringBuilder();
        for (PieceReader.Piece p : ps) {
            assertEquals(0, p.lineOffset());
            assertEquals(column, p.columnOffset());
            column += p.text().codePointCount(0, p.text().length());
            joined.append(p.text());
        }
        assertEquals(line, joined.toString());
    }

    @Test
    void markdownFencesAreNotSplit() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append("Some prose here.\n\n```\ncode line\n\ncode after a blank line\n```\n\n");
        }
        for (PieceReader.Piece p : pieces(b.toString().getBytes(StandardCharsets.UTF_8), 1024, true)) {
            int fences = p.text().split("```", -1).length - 1;
            assertEquals(0, fences % 2, "a piece holds whole code blocks: " + p.text());
        }
    }

    @Test
    void invalidBytesBecomeReplacementCharactersWithOneWarning() throws IOException {
        byte[] good = "line one\n\nline two\n\n".repeat(300).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = '(';
        bytes[good.length + 2] = (byte) 0xFF;
        StringBuilder joined = new StringBuilder();
        List<String> warnings;
        try (PieceReader r = new PieceReader(new ByteArrayInputStream(bytes), 1024, false)) {
            for (PieceReader.Piece p = r.next(); p != null; p = r.next()) {
                joined.append(p.text());
            }
            warnings = r.warnings();
        }
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("line 1201"), warnings.get(0));
        assertTrue(joined.toString().endsWith("\uFFFD(\uFFFD"));
        assertFalse(joined.toString().substring(0, good.length).contains("\uFFFD"));
    }
}
