package org.lihaaz.token;

import java.util.Arrays;

/**
 * The words of one prose block, in order. Kept as parallel arrays rather than one object per word,
 * because the matcher walks every token of every file.
 */
public final class Tokens {
    /** The word starts with an upper-case letter and is not all capitals. */
    public static final int CAPITALISED = 1;
    /** Every letter of the word is upper case, and it has at least two letters. */
    public static final int ALL_CAPS = 2;
    /** The word is a number. */
    public static final int NUMBER = 4;

    private final String text;
    private int[] start = new int[32];
    private int[] end = new int[32];
    private String[] norm = new String[32];
    private byte[] shape = new byte[32];
    private int size;

    Tokens(String text) {
        this.text = text;
    }

    void add(int s, int e, String n, int sh) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            norm = Arrays.copyOf(norm, cap);
            shape = Arrays.copyOf(shape, cap);
        }
        start[size] = s;
        end[size] = e;
        norm[size] = n;
        shape[size] = (byte) sh;
        size++;
    }

    /** The block text the tokens index into. */
    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    /** Block char index where token {@code i} starts. */
    public int start(int i) {
        return start[i];
    }

    /** Block char index just past token {@code i}. */
    public int end(int i) {
        return end[i];
    }

    /** The normalised form used for lookups: lower case, apostrophes and hyphens folded. */
    public String norm(int i) {
        return norm[i];
    }

    /** The token as written. */
    public String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    public boolean isCapitalised(int i) {
        return (shape[i] & CAPITALISED) != 0;
    }

    public boolean isAllCaps(int i) {
        return (shape[i] & ALL_CAPS) != 0;
    }

    public boolean isNumber(int i) {
        return (shape[i] & NUMBER) != 0;
    }

    private static final String ABBREVIATIONS = " mr mrs ms dr st no vs etc prof gen col capt lt sgt jr sr inc ltd co govt dept sen "
            + "rep maj brig u.s e.g i.e p.m a.m ";

    /**
     * True when a sentence ends between token {@code i - 1} and token {@code i}: a full stop, question
     * or exclamation mark, semicolon, or Urdu full stop between them. A full stop after a one-letter
     * word or a common abbreviation ("Dr.", "Mr.") does not count. A cheap test for windows and terms,
     * not a sentence detector.
     */
    public boolean sentenceBreakBefore(int i) {
        if (i <= 0 || i >= size) {
            return false;
        }
        boolean stop = false;
        for (int k = end[i - 1]; k < start[i]; k++) {
            char c = text.charAt(k);
            if (c == '!' || c == '?' || c == '\u06D4' || c == '\u061F' || c == ';') {
                return true;
            }
            if (c == '.') {
                stop = true;
            }
        }
        if (!stop) {
            return false;
        }
        String before = norm[i - 1];
        return before.length() > 1 && !ABBREVIATIONS.contains(" " + before + " ");
    }

    /** The source text between two tokens (exclusive of both), e.g. punctuation and spaces. */
    public String gap(int left, int right) {
        return text.substring(end[left], start[right]);
    }
}
