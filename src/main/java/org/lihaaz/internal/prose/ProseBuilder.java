package org.lihaaz.internal.prose;

import java.util.Arrays;

/**
 * Builds one prose block piece by piece, recording where each piece came from in the source, so
 * positions are carried from the reader and never found again by searching.
 */
public final class ProseBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] blockStart = new int[8];
    private int[] sourceStart = new int[8];
    private int[] sourceLen = new int[8];
    private boolean[] verbatim = new boolean[8];
    private int pieces;

    /** Appends source chars [start, end) as they are. */
    public ProseBuilder appendVerbatim(CharSequence source, int start, int end) {
        if (end <= start) {
            return this;
        }
        if (pieces > 0 && verbatim[pieces - 1] && sourceStart[pieces - 1] + sourceLen[pieces - 1] == start) {
            sourceLen[pieces - 1] += end - start;
        } else {
            addPiece(start, end - start, true);
        }
        text.append(source, start, end);
        return this;
    }

    /** Appends {@code replacement} standing for the source region [start, end). */
    public ProseBuilder appendReplacement(String replacement, int start, int end) {
        if (replacement.isEmpty()) {
            return this;
        }
        addPiece(start, end - start, false);
        text.append(replacement);
        return this;
    }

    public int length() {
        return text.length();
    }

    public boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public char lastChar() {
        return text.length() == 0 ? '\0' : text.charAt(text.length() - 1);
    }

    public ProseBlock build() {
        OffsetMap map = new OffsetMap(Arrays.copyOf(blockStart, pieces), Arrays.copyOf(sourceStart, pieces),
                Arrays.copyOf(sourceLen, pieces), Arrays.copyOf(verbatim, pieces));
        return new ProseBlock(text.toString(), map);
    }

    private void addPiece(int start, int len, boolean isVerbatim) {
        if (pieces == blockStart.length) {
            int n = pieces * 2;
            blockStart = Arrays.copyOf(blockStart, n);
            sourceStart = Arrays.copyOf(sourceStart, n);
            sourceLen = Arrays.copyOf(sourceLen, n);
            verbatim = Arrays.copyOf(verbatim, n);
        }
        blockStart[pieces] = text.length();
        sourceStart[pieces] = start;
        sourceLen[pieces] = len;
        verbatim[pieces] = isVerbatim;
        pieces++;
    }
}
