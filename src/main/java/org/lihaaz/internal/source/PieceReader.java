package org.lihaaz.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a large UTF-8 file as a series of pieces that end at paragraph breaks, so a file of any size
 * is checked in bounded memory. Each piece says where it starts in the whole file (chars, code
 * points, lines, and the column its first line starts at), so findings in it can be placed in the
 * file. Pieces never split a CRLF, a surrogate pair or, in Markdown, a fenced code block, and prefer
 * to end after a blank line.
 */
public final class PieceReader implements AutoCloseable {
    /**
     * One piece and where it starts in the whole file.
     *
     * @param columnOffset code points of the file's line that come before the piece (0 when the piece
     *                     starts a line)
     */
    public record Piece(String text, int index, long charOffset, long codePointOffset, int lineOffset,
            int columnOffset, boolean last) {
    }

    private static final int READ_BYTES = 1 << 16;

    private final InputStream in;
    private final int targetChars;
    private final boolean markdown;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(READ_BYTES);
    private final CharBuffer chars = CharBuffer.allocate(READ_BYTES);
    private final StringBuilder pending = new StringBuilder();
    private final List<String> warnings = new ArrayList<>();
    private boolean eof;
    private boolean started;
    private int index;
    private long charOffset;
    private long codePointOffset;
    private int lineOffset;
    private int columnOffset;
    /** Whether the text handed out so far ends inside a fenced code block (Markdown), and its fence. */
    private boolean inFence;
    private String fence = "";
    /** Index in {@code pending} of the first replaced byte not reported yet, or -1. */
    private int invalidAt = -1;
    private boolean invalidReported;

    /**
     * @param targetChars about how many chars a piece holds: a piece ends at the last paragraph break
     *                    before this, past half of it, or wherever it must if a paragraph is longer
     */
    public PieceReader(InputStream in, int targetChars, boolean markdown) {
        this.in = in;
        this.targetChars = targetChars;
        this.markdown = markdown;
        bytes.flip();
    }

    /** Problems met so far: invalid UTF-8, at its first place. */
    public List<String> warnings() {
        return warnings;
    }

    /** The next piece, or null after the last. */
    public Piece next() throws IOException {
        while (!eof && pending.length() < targetChars) {
            fill();
        }
        if (pending.length() == 0) {
            return null;
        }
        int cut = pending.length() <= targetChars && eof ? pending.length() : cutPoint();
        String text = pending.substring(0, cut);
        pending.delete(0, cut);
        if (invalidAt >= 0 && invalidAt < cut && !invalidReported) {
            invalidReported = true;
            warnings.add("invalid UTF-8 (first at line " + (lineOffset + 1 + breaks(text, 0, invalidAt))
                    + "); bad bytes were replaced with U+FFFD");
        }
        invalidAt = invalidAt >= cut ? invalidAt - cut : -1;
        Piece piece = new Piece(text, index++, charOffset, codePointOffset, lineOffset, columnOffset,
                eof && pending.length() == 0);
        advance(text);
        return piece;
    }

    /** Decodes at least one more buffer of bytes into {@code pending}, or marks the end of the file. */
    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean endOfInput = n < 0;
        if (n > 0) {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!started && (bytes.remaining() >= 3 || endOfInput)) {
            started = true;
            if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                    && (bytes.get(2) & 0xFF) == 0xBF) {
                bytes.position(3);
            }
        }
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, endOfInput);
            if (r.isError()) {
                // Invalid bytes become U+FFFD, as when a whole file is decoded at once.
                bytes.position(bytes.position() + r.length());
                drain();
                if (invalidAt < 0 && !invalidReported) {
                    invalidAt = pending.length();
                }
                pending.append('\uFFFD');
            } else if (r.isOverflow()) {
                drain();
            } else {
                break;
            }
        }
        if (endOfInput) {
            decoder.flush(chars);
            drain();
            eof = true;
        }
        drain();
    }

    private void drain() {
        chars.flip();
        pending.append(chars);
        chars.clear();
    }

    /**
     * Where to end the piece: after the last blank line outside a code fence in the second half of
     * the target; else after the last line break there; else after a space; else anywhere that does
     * not split a surrogate pair.
     */
    private int cutPoint() {
        int limit = Math.min(pending.length(), targetChars);
        int from = limit / 2;
        int blank = lastBlankLine(from, limit);
        if (blank > 0) {
            return blank;
        }
        for (int i = limit; i > from; i--) {
            char c = pending.charAt(i - 1);
            if (c == '\n' || c == '\r' && (i < pending.length() ? pending.charAt(i) != '\n' : eof)) {
                return i;
            }
        }
        for (int i = limit; i > from; i--) {
            if (pending.charAt(i - 1) == ' ') {
                return i;
            }
        }
        return Character.isHighSurrogate(pending.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** One past the end of the last blank line ending in (from, limit] outside a fenced code block, or -1. */
    private int lastBlankLine(int from, int limit) {
        int best = -1;
        boolean fenced = inFence;
        String open = fence;
        int lineStart = 0;
        for (int i = 0; i < limit; i++) {
            char c = pending.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' && (i + 1 < pending.length() ? pending.charAt(i + 1) != '\n' : eof);
            if (!lineBreak) {
                continue;
            }
            String line = pending.substring(lineStart, i).strip();
            if (markdown && (line.startsWith("```") || line.startsWith("~~~"))) {
                if (!fenced) {
                    fenced = true;
                    open = line.substring(0, 3);
                } else if (line.startsWith(open)) {
                    fenced = false;
                }
            }
            if (line.isEmpty() && !fenced && i + 1 > from) {
                best = i + 1;
            }
            lineStart = i + 1;
        }
        return best;
    }

    /** Moves the running offsets past a piece just handed out, and the fence state with them. */
    private void advance(String text) {
        charOffset += text.length();
        codePointOffset += text.codePointCount(0, text.length());
        int lastBreak = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lineOffset++;
                lastBreak = i;
            }
        }
        columnOffset = lastBreak < 0 ? columnOffset + text.codePointCount(0, text.length())
                : text.codePointCount(lastBreak + 1, text.length());
        if (markdown) {
            for (String line : text.split("\r\n|\r|\n", -1)) {
                String s = line.strip();
                if (s.startsWith("```") || s.startsWith("~~~")) {
                    if (!inFence) {
                        inFence = true;
                        fence = s.substring(0, 3);
                    } else if (s.startsWith(fence)) {
                        inFence = false;
                    }
                }
            }
        }
    }

    private static int breaks(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
