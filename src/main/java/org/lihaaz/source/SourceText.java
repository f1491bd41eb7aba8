package org.lihaaz.source;

import java.util.Arrays;

/**
 * The decoded text of one input, with the bookkeeping every later stage needs to report positions:
 * line starts (LF, CRLF and lone CR all end a line) and conversion from Java char indices to Unicode
 * code points, which is what offsets, lengths and columns count in every report.
 *
 * <p>A leading byte-order mark is not part of the text: offset 0 is the first character after it.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    /** Char indices of the low half of each surrogate pair, ascending; empty for most texts. */
    private final int[] lowSurrogates;

    public SourceText(String text) {
        this.text = text;
        this.lineStarts = computeLineStarts(text);
        this.lowSurrogates = computeLowSurrogates(text);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Number of lines; an empty text has one empty line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based line of a char index. */
    public int lineIndexOf(int charIndex) {
        int i = Arrays.binarySearch(lineStarts, charIndex);
        return i >= 0 ? i : -i - 2;
    }

    /** Char index where a 0-based line starts. */
    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }

    /** Char index just past the line's content (before its line break). */
    public int lineContentEnd(int lineIndex) {
        int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] : text.length();
        while (end > lineStarts[lineIndex] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 0-based line without its line break. */
    public String lineText(int lineIndex) {
        return text.substring(lineStarts[lineIndex], lineContentEnd(lineIndex));
    }

    /** Converts a char index into a code-point offset from the start of the text. */
    public int codePointOffset(int charIndex) {
        if (lowSurrogates.length == 0) {
            return charIndex;
        }
        int i = Arrays.binarySearch(lowSurrogates, charIndex);
        int before = i >= 0 ? i : -i - 1;
        return charIndex - before;
    }

    /** Converts a code-point offset back into a char index. */
    public int charIndex(int codePointOffset) {
        if (lowSurrogates.length == 0) {
            return codePointOffset;
        }
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** 1-based line and column (in code points) of a char index. */
    public Position position(int charIndex) {
        int line = lineIndexOf(charIndex);
        int column = codePointOffset(charIndex) - codePointOffset(lineStarts[line]) + 1;
        return new Position(line + 1, column, codePointOffset(charIndex));
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] computeLowSurrogates(String text) {
        int[] found = null;
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (found == null) {
                    found = new int[8];
                } else if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return found == null ? new int[0] : Arrays.copyOf(found, count);
    }
}
