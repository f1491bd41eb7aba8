package org.lihaaz.report;

/**
 * Right-to-left text (Urdu) in left-to-right terminal output. A run of Urdu inside an English line
 * is wrapped in Unicode directional isolates (FSI … PDI), so a terminal that applies the Unicode
 * bidirectional algorithm shows it right to left without reordering the positions, rule ids and
 * punctuation around it. Terminals that ignore bidi show the isolates as nothing.
 */
final class Bidi {
    static final char FIRST_STRONG_ISOLATE = '\u2068';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private Bidi() {
    }

    /** True when {@code s} has a right-to-left letter. */
    static boolean hasRightToLeft(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            byte d = Character.getDirectionality(s.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} isolated when it has right-to-left letters; unchanged otherwise. */
    static String isolate(String s) {
        return hasRightToLeft(s) ? FIRST_STRONG_ISOLATE + s + POP_DIRECTIONAL_ISOLATE : s;
    }
}
