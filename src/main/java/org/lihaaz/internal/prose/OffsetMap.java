package org.lihaaz.internal.prose;

import java.util.Arrays;

/**
 * Maps char indices in a prose block back to char indices in the original source text.
 *
 * <p>A block is built from pieces. A verbatim piece is a run of the source copied as it is, so each
 * char maps to exactly one source char. A replacement piece stands for a source region written
 * differently (a line break read as a space, an entity read as the character it names, a masked code
 * span); any index inside it maps to the whole region.
 */
public final class OffsetMap {
    private final int[] blockStart;
    private final int[] sourceStart;
    private final int[] sourceLen;
    private final boolean[] verbatim;

    OffsetMap(int[] blockStart, int[] sourceStart, int[] sourceLen, boolean[] verbatim) {
        this.blockStart = blockStart;
        this.sourceStart = sourceStart;
        this.sourceLen = sourceLen;
        this.verbatim = verbatim;
    }

    /** Source char index of the block char at {@code index}. */
    public int sourceStart(int index) {
        int p = pieceOf(index);
        return verbatim[p] ? sourceStart[p] + (index - blockStart[p]) : sourceStart[p];
    }

    /** Source char index just past the block range that ends (exclusively) at {@code end}. */
    public int sourceEnd(int end) {
        int p = pieceOf(end - 1);
        return verbatim[p] ? sourceStart[p] + (end - blockStart[p]) : sourceStart[p] + sourceLen[p];
    }

    /** True when every block char in [start, end) is a verbatim copy of one source char. */
    public boolean isVerbatim(int start, int end) {
        for (int p = pieceOf(start); p < blockStart.length && blockStart[p] < end; p++) {
            if (!verbatim[p]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A digest of how the block maps to the source, relative to where its source starts: two blocks
     * with the same digest (and the same text and source) map alike wherever they stand. Costs one
     * step per piece, not per char.
     */
    public long shapeDigest() {
        long h = 17;
        int base = sourceStart.length == 0 ? 0 : sourceStart[0];
        for (int p = 0; p < blockStart.length; p++) {
            h = h * 31 + blockStart[p];
            h = h * 31 + (sourceStart[p] - base);
            h = h * 31 + sourceLen[p];
            h = h * 31 + (verbatim[p] ? 1 : 0);
        }
        return h;
    }

    private int pieceOf(int index) {
        int i = Arrays.binarySearch(blockStart, index);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
