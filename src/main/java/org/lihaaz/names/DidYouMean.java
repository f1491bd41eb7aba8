package org.lihaaz.names;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest to a mistyped one, for "did you mean …?" in every message about an unknown
 * name: commands, option values, rule ids and packs. Distance is Damerau–Levenshtein (a swap of two
 * neighbouring letters is one edit), case ignored; a name is offered only when it is close enough for
 * the typo to be plausible. For dotted rule ids, the part after the pack counts as well, so
 * {@code chairmen} finds {@code gender.chairman}.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The nearest plausible name, if any. */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            String n = name.toLowerCase(Locale.ROOT);
            int d = distance(t, n);
            int dot = n.indexOf('.');
            if (dot > 0 && t.indexOf('.') < 0) {
                d = Math.min(d, distance(t, n.substring(dot + 1)));
            }
            if (d < bestDistance || (d == bestDistance && best != null && name.compareTo(best) < 0)) {
                best = name;
                bestDistance = d;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= allowed(t) ? Optional.of(best)
                : best != null && bestDistance == 0 && !best.equals(typed) ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"}, or nothing. */
    public static String hint(String typed, Collection<String> known) {
        return nearest(typed, known).map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    /** One edit for words of one or two letters, else two, or a third of the length for long ones, at most four. */
    private static int allowed(String typed) {
        return typed.length() <= 2 ? 1 : Math.max(2, Math.min(4, typed.length() / 3));
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
