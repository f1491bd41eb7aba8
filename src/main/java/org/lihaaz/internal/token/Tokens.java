package org.lihaaz.internal.token;

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
    /** Not worked out yet: shapes are needed only around candidates, so they are computed on demand. */
    private static final byte UNKNOWN = 8;

    private final String text;
    private int[] start;
    private int[] end;
    private String[] norm;
    private byte[] shape;
    /** Another reading of a word ("so" for "sooo"), by index; null while no word has one. */
    private String[] alternative;
    private int size;

    Tokens(String text) {
        this.text = text;
        // About one token per six characters of prose; grown when a block has more.
        int capacity = Math.max(8, text.length() / 6);
        start = new int[capacity];
        end = new int[capacity];
        norm = new String[capacity];
        shape = new byte[capacity];
    }

    void add(int s, int e, String n) {
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
        shape[size] = UNKNOWN;
        size++;
    }

    /**
     * The same words with each normal form passed through {@code fold} (one call per distinct
     * string, as the tokeniser interns common words): the English words of a stretch read as Roman
     * Urdu. A trailing apostrophe the English chain keeps on a plural possessive ("kanjars'") is
     * left outside the word, as the Roman Urdu chain leaves it.
     */
    public Tokens refolded(java.util.function.UnaryOperator<String> fold) {
        Tokens t = new Tokens(text, size);
        for (int i = 0; i < size; i++) {
            String n = norm[i];
            int e = end[i];
            if (n.length() > 1 && n.charAt(n.length() - 1) == '\'' && e - start[i] > 1) {
                e--;
            }
            t.add(start[i], e, fold.apply(n));
        }
        return t;
    }

    private Tokens(String text, int capacity) {
        this.text = text;
        int cap = Math.max(8, capacity);
        start = new int[cap];
        end = new int[cap];
        norm = new String[cap];
        shape = new byte[cap];
    }

    /** Gives word {@code i} a second normal form the matcher also looks up. */
    void setAlternative(int i, String norm) {
        if (alternative == null || alternative.length < start.length) {
            alternative = alternative == null ? new String[start.length] : Arrays.copyOf(alternative, start.length);
        }
        alternative[i] = norm;
    }

    /** The second normal form of word {@code i} ("so" for "sooo", whose norm is "soo"), or null. */
    public String alternative(int i) {
        return alternative == null || i >= alternative.length ? null : alternative[i];
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
        return (shape(i) & CAPITALISED) != 0;
    }

    public boolean isAllCaps(int i) {
        return (shape(i) & ALL_CAPS) != 0;
    }

    private int shape(int i) {
        byte sh = shape[i];
        if (sh == UNKNOWN) {
            sh = (byte) computeShape(start[i], end[i]);
            shape[i] = sh;
        }
        return sh;
    }

    private int computeShape(int s, int e) {
        if (Character.isDigit(text.charAt(s))) {
            return NUMBER;
        }
        int letters = 0;
        int upper = 0;
        boolean firstUpper = false;
        boolean seenLetter = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (!seenLetter) {
                        firstUpper = true;
                    }
                }
                seenLetter = true;
            }
        }
        if (letters >= 2 && upper == letters) {
            return ALL_CAPS;
        }
        return firstUpper ? CAPITALISED : 0;
    }

    /** True when any letter of token {@code i} is a capital ("iPhone" too, which is not capitalised). */
    public boolean hasUpperCase(int i) {
        for (int k = start[i]; k < end[i]; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    public boolean isNumber(int i) {
        return (shape(i) & NUMBER) != 0;
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
