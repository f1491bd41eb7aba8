package org.lihaaz.lsp;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PositionEncodingKind;

/**
 * How LSP positions count characters in a line (LSP 3.17 {@code positionEncoding}): UTF-16 code
 * units by default, or UTF-8 bytes or code points when client and server agree. The engine counts
 * code points and Java strings UTF-16 units; every position passes through here on its way in or out.
 */
enum Encoding {
    UTF8(PositionEncodingKind.UTF8), UTF16(PositionEncodingKind.UTF16), UTF32(PositionEncodingKind.UTF32);

    private final String kind;

    Encoding(String kind) {
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    /**
     * The encoding to use given what the client offers, in its order of preference: UTF-16 when it
     * offers nothing (the protocol's default), else the first of the client's we can do.
     */
    static Encoding negotiate(List<String> offered) {
        if (offered == null || offered.isEmpty()) {
            return UTF16;
        }
        for (String o : offered) {
            for (Encoding e : values()) {
                if (e.kind.equals(o)) {
                    return e;
                }
            }
        }
        return UTF16;
    }

    /** How many units of this encoding the code point at {@code text[i]} takes. */
    private int units(int codePoint) {
        return switch (this) {
            case UTF16 -> Character.charCount(codePoint);
            case UTF32 -> 1;
            case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        };
    }

    /**
     * The char index of an LSP position. A character past the line's end means its end (as the
     * protocol asks), a line past the last means the text's end; a position inside a code point
     * (half a surrogate pair, a byte inside a UTF-8 sequence) means that code point's start.
     */
    int charIndex(Lines lines, Position p) {
        if (p.getLine() >= lines.count()) {
            return lines.text().length();
        }
        String text = lines.text();
        int i = lines.start(p.getLine());
        int end = lines.contentEnd(p.getLine());
        int left = p.getCharacter();
        while (i < end && left > 0) {
            int cp = text.codePointAt(i);
            int u = units(cp);
            if (u > left) {
                break;
            }
            left -= u;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The LSP position of a char index. */
    Position position(Lines lines, int charIndex) {
        int line = lines.lineOf(charIndex);
        String text = lines.text();
        int character = 0;
        for (int i = lines.start(line); i < charIndex;) {
            int cp = text.codePointAt(i);
            character += units(cp);
            i += Character.charCount(cp);
        }
        return new Position(line, character);
    }
}
