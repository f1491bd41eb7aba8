package org.lihaaz.internal.source;

import org.lihaaz.source.SourceText;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an input's bytes into text. Inputs are UTF-8, or UTF-16 with a byte-order mark (read, with
 * a warning that it is not rewritten); a UTF-8 byte-order mark is dropped, invalid
 * sequences become U+FFFD with a warning, and content that looks binary is skipped rather than
 * checked, since findings in it would be noise.
 */
public final class SourceDecoder {
    private static final int BINARY_SNIFF_BYTES = 8192;

    private SourceDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        java.nio.charset.Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            // Windows tools save subtitles and notes as UTF-16; their NUL bytes are not binary content.
            String text = new String(bytes, 2, bytes.length - 2, utf16);
            return new Decoded(new SourceText(text), null, List.of(
                    "UTF-16 text: checked, but --fix and review do not rewrite it (save it as UTF-8 for that)"));
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (looksBinary(bytes, start)) {
            return new Decoded(null, "binary content (NUL bytes), not checked", List.of());
        }
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            text = strictDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            CharBuffer lenient = lenientDecode(bytes, start);
            text = lenient.toString();
            int line = 1 + countLineBreaksBefore(text, text.indexOf('\uFFFD'));
            warnings.add("invalid UTF-8 (first at line " + line + "); bad bytes were replaced with U+FFFD");
        }
        return new Decoded(new SourceText(text), null, warnings);
    }

    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** True when the bytes start with a UTF-16 byte-order mark (either byte order). */
    public static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }

    /** UTF-16 little or big endian when the bytes start with its byte-order mark, else null. */
    private static java.nio.charset.Charset utf16ByBom(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return null;
        }
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        if (b0 == 0xFF && b1 == 0xFE && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        return b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + BINARY_SNIFF_BYTES);
        for (int i = start; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static CharBuffer lenientDecode(byte[] bytes, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static int countLineBreaksBefore(String text, int index) {
        int lines = 0;
        for (int i = 0; i < Math.max(index, 0); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
