package org.lihaaz.rule;

/**
 * One flag example as a rule writes it, with what it pins. Brackets mark the words the finding must
 * cover, and {@code =>} gives the whole sentence once the first replacement is put in place (article
 * agreement included), as a reader would accept it:
 *
 * <pre>
 * She [manned] the stall alone. => She staffed the stall alone.
 * He is [wheelchair-bound]. => (no replacement)
 * </pre>
 *
 * {@code (no replacement)} pins that the rule offers nothing for this slot (it only advises). A literal
 * bracket in a sentence is written {@code \[} or {@code \]}.
 *
 * @param sentence  the sentence without marks
 * @param spanStart where the marked span starts (a char index into {@code sentence}), or -1 when unmarked
 * @param spanEnd   where it ends (exclusive), or -1
 * @param rewrite   the sentence after the first replacement, {@link #NO_REPLACEMENT}, or null when not pinned
 */
public record Example(String sentence, int spanStart, int spanEnd, String rewrite) {
    public static final String NO_REPLACEMENT = "(no replacement)";
    private static final String ARROW = " => ";

    public boolean marksSpan() {
        return spanStart >= 0;
    }

    public boolean pinsRewrite() {
        return rewrite != null;
    }

    public boolean pinsNoReplacement() {
        return NO_REPLACEMENT.equals(rewrite);
    }

    /** The marked words, or null. */
    public String span() {
        return marksSpan() ? sentence.substring(spanStart, spanEnd) : null;
    }

    /** Reads an example; throws IllegalArgumentException with the reason when it is malformed. */
    public static Example parse(String written) {
        String problem = problem(written);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return read(written);
    }

    /** Why an example is malformed, or null when it reads. */
    public static String problem(String written) {
        int arrow = written.indexOf(ARROW);
        if (arrow >= 0 && written.indexOf(ARROW, arrow + 1) >= 0) {
            return "a flag example has at most one ' => ' (before it the sentence, after it the rewrite)";
        }
        String left = arrow >= 0 ? written.substring(0, arrow) : written;
        if (arrow >= 0 && written.substring(arrow + ARROW.length()).isBlank()) {
            return "nothing after ' => ': write the sentence after the first replacement, or " + NO_REPLACEMENT;
        }
        int opens = 0;
        int closes = 0;
        int open = -1;
        for (int i = 0; i < left.length(); i++) {
            char c = left.charAt(i);
            if (c == '\\' && i + 1 < left.length() && (left.charAt(i + 1) == '[' || left.charAt(i + 1) == ']')) {
                i++;
            } else if (c == '[') {
                opens++;
                open = i;
            } else if (c == ']') {
                closes++;
                if (open < 0 || i == open + 1) {
                    return "a flag example marks its span with one pair of brackets around the flagged words";
                }
            }
        }
        if (opens > 1 || closes > 1 || opens != closes) {
            return "a flag example marks its span with one pair of brackets around the flagged words";
        }
        if (arrow >= 0 && opens == 0) {
            return "a flag example that pins a rewrite also marks the flagged words with brackets";
        }
        return null;
    }

    private static Example read(String written) {
        int arrow = written.indexOf(ARROW);
        String left = arrow >= 0 ? written.substring(0, arrow) : written;
        String rewrite = arrow >= 0 ? written.substring(arrow + ARROW.length()).strip() : null;
        StringBuilder b = new StringBuilder(left.length());
        int start = -1;
        int end = -1;
        for (int i = 0; i < left.length(); i++) {
            char c = left.charAt(i);
            if (c == '\\' && i + 1 < left.length() && (left.charAt(i + 1) == '[' || left.charAt(i + 1) == ']')) {
                b.append(left.charAt(++i));
            } else if (c == '[') {
                start = b.length();
            } else if (c == ']') {
                end = b.length();
            } else {
                b.append(c);
            }
        }
        return new Example(b.toString(), start, end, rewrite);
    }
}
