package org.lihaaz.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A gitignore-style glob ({@code *}, {@code ?}, {@code [abc]}, {@code **}) matched without regular
 * expressions, by dynamic programming over pattern and path: time is at most the product of their
 * lengths, so no pattern from an untrusted repository can make matching blow up.
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
        int m = tokens.size();
        int n = path.length();
        // can[j]: pattern prefix of length i matches path prefix of length j.
        boolean[] can = new boolean[n + 1];
        can[0] = true;
        for (int i = 0; i < m; i++) {
            Token t = tokens.get(i);
            boolean[] next = new boolean[n + 1];
            switch (t.kind()) {
                case STAR -> {
                    for (int j = 0; j <= n; j++) {
                        if (can[j] || (j > 0 && next[j - 1] && path.charAt(j - 1) != '/')) {
                            next[j] = true;
                        }
                    }
                }
                case GLOBSTAR -> {
                    // "**/" matches zero or more whole folders; a bare "**" matches anything.
                    boolean slash = "/".equals(t.set());
                    boolean seen = false;
                    for (int j = 0; j <= n; j++) {
                        if (slash) {
                            next[j] = can[j] || (seen && j > 0 && path.charAt(j - 1) == '/');
                            seen |= can[j];
                        } else {
                            next[j] = can[j] || (j > 0 && next[j - 1]);
                        }
                    }
                }
                default -> {
                    for (int j = 1; j <= n; j++) {
                        if (can[j - 1] && single(t, path.charAt(j - 1))) {
                            next[j] = true;
                        }
                    }
                }
            }
            can = next;
        }
        return can[n];
    }

    private static boolean single(Token t, char c) {
        return switch (t.kind()) {
            case CHAR -> t.c() == c;
            case ANY_CHAR -> c != '/';
            case CLASS -> c != '/' && (t.set().indexOf(c) >= 0) != t.negated();
            default -> false;
        };
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
