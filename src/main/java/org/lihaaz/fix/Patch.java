package org.lihaaz.fix;

import org.lihaaz.finding.Edit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lihaaz.internal.source.SourceDecoder;

/**
 * Applies edits to a file's original bytes. Only the bytes of each edited span change: everything
 * else (a byte-order mark, line endings, the final newline or its absence) is copied byte for byte.
 * The file must be valid UTF-8, so each char index has exactly one byte offset.
 */
public final class Patch {
    private Patch() {
    }

    /**
     * @param original the file's bytes, which decode (after an optional BOM) to {@code text}
     * @param text     the decoded text the edits' char indices point into
     * @param edits    edits in text order, none overlapping
     */
    public static byte[] apply(byte[] original, String text, List<Edit> edits) {
        int bom = SourceDecoder.hasUtf8Bom(original) ? 3 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 64);
        int charPos = 0;
        int bytePos = bom;
        out.write(original, 0, bom);
        for (Edit e : edits) {
            int startByte = bytePos + utf8Length(text, charPos, e.start());
            int endByte = startByte + utf8Length(text, e.start(), e.end());
            out.write(original, bytePos, startByte - bytePos);
            byte[] r = e.replacement().getBytes(StandardCharsets.UTF_8);
            out.write(r, 0, r.length);
            charPos = e.end();
            bytePos = endByte;
        }
        out.write(original, bytePos, original.length - bytePos);
        return out.toByteArray();
    }

    /** The text after the edits. */
    public static String apply(String text, List<Edit> edits) {
        StringBuilder b = new StringBuilder(text.length() + 64);
        int pos = 0;
        for (Edit e : edits) {
            b.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
        }
        return b.append(text, pos, text.length()).toString();
    }

    /** UTF-8 byte count of chars [from, to) of {@code s}. */
    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
