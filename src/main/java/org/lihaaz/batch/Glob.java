package org.lihaaz.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A gitignore-style glob ({@code *}, {@code ?}, {@code [abc]}, {@code **}) matched without regular
 * expressions, by dynamic programming over pattern and path with the path's places as bit sets
 * ({@link #matches(Subject)}): time is at most the pattern's length times the path's length / 64, so no
 * pattern from an untrusted repository can make matching blow up.
 */
final class Glob {
    static final int MAX_PATTERN = 1024;

    private enum Kind { CHAR, ANY_CHAR, STAR, GLOBSTAR, CLASS }

    private record Token(Kind kind, char c, String set, boolean negated) {
    }

    private final List<Token> tokens;

    private Glob(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Glob compile(String pattern) {
        if (pattern.length() > MAX_PATTERN) {
            throw new IllegalArgumentException("glob is longer than " + MAX_PATTERN + " characters");
        }
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.add(new Token(Kind.CHAR, pattern.charAt(++i), null, false));
            } else if (c == '*') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    i++;
                    boolean slashAfter = i + 1 < pattern.length() && pattern.charAt(i + 1) == '/';
                    if (slashAfter) {
                        i++;
                    }
                    out.add(new Token(Kind.GLOBSTAR, '\0', slashAfter ? "/" : "", false));
                } else {
                    out.add(new Token(Kind.STAR, '\0', null, false));
                }
            } else if (c == '?') {
                out.add(new Token(Kind.ANY_CHAR, '\0', null, false));
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 2);
                if (close < 0) {
                    out.add(new Token(Kind.CHAR, c, null, false));
                } else {
                    String body = pattern.substring(i + 1, close);
                    boolean neg = body.startsWith("!") || body.startsWith("^");
                    out.add(new Token(Kind.CLASS, '\0', expandRanges(neg ? body.substring(1) : body), neg));
                    i = close;
                }
            } else {
                out.add(new Token(Kind.CHAR, c, null, false));
            }
        }
        return new Glob(out);
    }

    boolean matches(String path) {
        return matches(new Subject(path));
    }

    /**
     * A path prepared once for matching against many globs: for each char it holds, a bit set of the
     * places it stands at. Bit j of a set means "the first j chars of the path".
     */
    static final class Subject {
        final String path;
        final int words;
        final java.util.Map<Character, long[]> at = new java.util.HashMap<>();
        final long[] notSlash;
        final long[] slash;

        Subject(String path) {
            this.path = path;
            this.words = (path.length() + 1 + 63) / 64;
            this.notSlash = new long[words];
            this.slash = new long[words];
            for (int j = 1; j <= path.length(); j++) {
                char c = path.charAt(j - 1);
                at.computeIfAbsent(c, k -> new long[words])[j >>> 6] |= 1L << j;
                (c == '/' ? slash : notSlash)[j >>> 6] |= 1L << j;
            }
        }
    }

    /**
     * Whether the glob matches the whole path. The same dynamic programme as over a table of pattern
     * tokens by path chars, but a row is a bit set worked a 64-bit word at a time, and the work stops
     * as soon as no prefix of the path is matched any more. The cost is at most (tokens) x
     * (path length / 64 + 1) word operations: for paths up to 63 chars, one per token, so matching is
     * linear in the patterns' total length whatever they hold ("*a*a*a…" included).
     */
    boolean matches(Subject subject) {
        int w = subject.words;
        long[] can = new long[w];
        long[] next = new long[w];
        can[0] = 1L;
        for (Token t : tokens) {
            switch (t.kind()) {
                case STAR -> fill(can, subject.notSlash, next);
                case GLOBSTAR -> {
                    int low = lowestBit(can);
                    java.util.Arrays.fill(next, 0L);
                    if (low >= 0) {
                        // "**/" adds every place right after a slash beyond the first match; a bare "**" every place.
                        boolean slash = "/".equals(t.set());
                        for (int k = low >>> 6; k < w; k++) {
                            long above = k == (low >>> 6) ? -2L << (low & 63) : -1L;
                            next[k] = can[k] | (above & (slash ? subject.slash[k] : -1L));
                        }
                        if (!slash) {
                            trim(next, subject.path.length());
                        }
                    }
                }
                default -> {
                    long[] mask = switch (t.kind()) {
                        case CHAR -> subject.at.get(t.c());
                        case ANY_CHAR -> subject.notSlash;
                        default -> classMask(t, subject);
                    };
                    if (mask == null) {
                        return false;
                    }
                    long carry = 0;
                    for (int k = 0; k < w; k++) {
                        long shifted = (can[k] << 1) | carry;
                        carry = can[k] >>> 63;
                        next[k] = shifted & mask[k];
                    }
                }
            }
            long[] swap = can;
            can = next;
            next = swap;
            if (isEmpty(can)) {
                return false;
            }
        }
        int n = subject.path.length();
        return (can[n >>> 6] & (1L << n)) != 0;
    }

    /** next = every place reachable from a place in {@code can} by steps onto places in {@code allowed}. */
    private static void fill(long[] can, long[] allowed, long[] next) {
        long carry = 0;
        for (int k = 0; k < can.length; k++) {
            long a = allowed[k];
            long g = can[k] | (carry & a & 1L);
            // Kogge-Stone occluded fill towards higher bits, within the word.
            long p = a;
            g |= p & (g << 1);
            p &= p << 1;
            g |= p & (g << 2);
            p &= p << 2;
            g |= p & (g << 4);
            p &= p << 4;
            g |= p & (g << 8);
            p &= p << 8;
            g |= p & (g << 16);
            p &= p << 16;
            g |= p & (g << 32);
            next[k] = g;
            carry = g >>> 63;
        }
    }

    private static long[] classMask(Token t, Subject subject) {
        long[] mask = null;
        for (java.util.Map.Entry<Character, long[]> e : subject.at.entrySet()) {
            char c = e.getKey();
            if (c != '/' && (t.set().indexOf(c) >= 0) != t.negated()) {
                if (mask == null) {
                    mask = new long[subject.words];
                }
                long[] m = e.getValue();
                for (int k = 0; k < m.length; k++) {
                    mask[k] |= m[k];
                }
            }
        }
        return mask;
    }

    private static int lowestBit(long[] bits) {
        for (int k = 0; k < bits.length; k++) {
            if (bits[k] != 0) {
                return (k << 6) + Long.numberOfTrailingZeros(bits[k]);
            }
        }
        return -1;
    }

    /** Clears the bits past {@code n}, the path's length. */
    private static void trim(long[] bits, int n) {
        int last = n >>> 6;
        int keep = (n & 63) + 1;
        if (keep < 64) {
            bits[last] &= (1L << keep) - 1;
        }
        for (int k = last + 1; k < bits.length; k++) {
            bits[k] = 0;
        }
    }

    private static boolean isEmpty(long[] bits) {
        for (long b : bits) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String expandRanges(String body) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) - c < 512) {
                // An int counter: a char one would wrap round at U+FFFF and never stop.
                for (int x = c; x <= body.charAt(i + 2); x++) {
                    b.append((char) x);
                }
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
