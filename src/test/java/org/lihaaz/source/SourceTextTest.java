package org.lihaaz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void linesEndAtLfCrlfAndLoneCr() {
        SourceText t = new SourceText("a\nb\r\nc\rd");
        assertEquals(4, t.lineCount());
        assertEquals("b", t.lineText(1));
        assertEquals("c", t.lineText(2));
        assertEquals(new Position(4, 1, 7), t.position(7));
    }

    @Test
    void columnsAndOffsetsCountCodePoints() {
        // The emoji is two chars but one code point.
        String s = "x😀 chairman\nعزت chairman";
        SourceText t = new SourceText(s);
        int first = s.indexOf("chairman");
        assertEquals(new Position(1, 4, 3), t.position(first));
        int second = s.lastIndexOf("chairman");
        Position p = t.position(second);
        assertEquals(2, p.line());
        assertEquals(5, p.column());
        assertEquals(second - 1, p.offset());
        assertEquals(second, t.charIndex(p.offset()));
    }

    @Test
    void emptyTextHasOneLine() {
        SourceText t = new SourceText("");
        assertEquals(1, t.lineCount());
        assertEquals(new Position(1, 1, 0), t.position(0));
    }
}
