package org.lihaaz.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {
    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] bytes = ("\uFEFFhello").getBytes(StandardCharsets.UTF_8);
        Decoded d = SourceDecoder.decode(bytes);
        assertEquals("hello", d.text().text());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void replacesInvalidUtf8AndWarnsWithTheLine() {
        byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xC3, (byte) 0x28, 'x'};
        Decoded d = SourceDecoder.decode(bytes);
        assertTrue(d.isText());
        assertTrue(d.text().text().contains("\uFFFD"));
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).contains("line 2"), d.warnings().get(0));
    }

    @Test
    void skipsBinaryContent() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        Decoded d = SourceDecoder.decode(bytes);
        assertFalse(d.isText());
        assertTrue(d.skipped().contains("binary"));
    }

    @Test
    void emptyInputIsEmptyText() {
        Decoded d = SourceDecoder.decode(new byte[0]);
        assertEquals("", d.text().text());
    }
}
