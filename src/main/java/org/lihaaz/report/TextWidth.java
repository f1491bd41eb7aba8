package org.lihaaz.report;

/** How many terminal cells text takes: combining marks none, wide East Asian characters and emoji two. */
public final class TextWidth {
    /**
     * Symbols below U+1F300 that terminals draw two cells wide (East Asian Width "W" in Unicode's
     * EastAsianWidth.txt: watches, weather, zodiac, check and cross marks, star, and the like).
     */
    private static final String EMOJI_WIDE = new StringBuilder()
            .appendCodePoint(0x231A).appendCodePoint(0x231B).appendCodePoint(0x23E9).appendCodePoint(0x23EA)
            .appendCodePoint(0x23EB).appendCodePoint(0x23EC).appendCodePoint(0x23F0).appendCodePoint(0x23F3)
            .appendCodePoint(0x25FD).appendCodePoint(0x25FE).appendCodePoint(0x2614).appendCodePoint(0x2615)
            .append("\u2648\u2649\u264A\u264B\u264C\u264D\u264E\u264F\u2650\u2651\u2652\u2653")
            .append("\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3")
            .append("\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753\u2754\u2755\u2757")
            .append("\u2795\u2796\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55")
            .appendCodePoint(0x1F004).appendCodePoint(0x1F0CF).appendCodePoint(0x1F18E)
            .appendCodePoint(0x1F191).appendCodePoint(0x1F192).appendCodePoint(0x1F193).appendCodePoint(0x1F194)
            .appendCodePoint(0x1F195).appendCodePoint(0x1F196).appendCodePoint(0x1F197).appendCodePoint(0x1F198)
            .appendCodePoint(0x1F199).appendCodePoint(0x1F19A).appendCodePoint(0x1F201).appendCodePoint(0x1F21A)
            .appendCodePoint(0x1F22F).appendCodePoint(0x1F232).appendCodePoint(0x1F236).appendCodePoint(0x1F238)
            .appendCodePoint(0x1F23A).appendCodePoint(0x1F250).appendCodePoint(0x1F251).toString();

    private TextWidth() {
    }

    /**
     * The cells a terminal gives {@code s}, emoji sequences as one picture: a character joined on by a
     * zero-width joiner adds nothing, a skin-tone modifier nothing, and the emoji variation selector
     * (U+FE0F) makes the symbol before it two cells wide.
     */
    public static int of(CharSequence s) {
        int w = 0;
        int previous = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (previous == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF && previous >= 0)) {
                // Part of the emoji before it.
            } else if (cp == 0xFE0F && previous >= 0 && of(previous) == 1) {
                w += 1;
            } else {
                w += of(cp);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return w;
    }

    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        if (cp >= 0x231A && cp <= 0x2B55 && EMOJI_WIDE.indexOf(Character.toString(cp)) >= 0) {
            return 2;
        }
        if (cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x1F004 && cp <= 0x1F251 && EMOJI_WIDE.indexOf(Character.toString(cp)) >= 0)
                || (cp >= 0x20000 && cp <= 0x3FFFD))) {
            return 2;
        }
        return 1;
    }
}
