package org.lihaaz.internal.token;

/**
 * Folds the spelling variation of Urdu written in Arabic script into one form per word, after ICU's
 * NFKC normalisation (which already turns presentation forms into base letters):
 *
 * <ul>
 *   <li>Arabic letters typed on Arabic or Persian keyboards become their Urdu letters: ك→ک, ي and
 *       ى→ی, ه→ہ (Urdu's gol he), ة and ۃ→ہ, ۀ and ۂ (izafat hamza)→ہ;</li>
 *   <li>the short-vowel and other marks (zabar, zer, pesh, tanwin, tashdeed, sukun, khari zabar) and
 *       tatweel are dropped: most Urdu is written without them, and a word with them is the same word;</li>
 *   <li>zero-width joiners and non-joiners are dropped, so a word typed with a ZWNJ inside (to stop
 *       two letters joining) is the word typed without one.</li>
 * </ul>
 *
 * Letters that stand for different sounds stay apart: ا and آ, ی and ے, ہ and ھ (do-chashmi he,
 * which marks aspiration). An Arabic ه is ambiguous between ہ and ھ; the corpora we measured never
 * use it, and we fold it to ہ, the more common reading at the end of a word.
 *
 * <p>No stemming: Lucene's Arabic and Persian stemmers cut ordinary Urdu words (انسان → انس).
 * Rules list inflected forms or declare a noun class instead.
 */
public final class UrduFolding {
    private UrduFolding() {
    }

    /** The folded form of one letter, or -1 to drop it. */
    public static int fold(int cp) {
        switch (cp) {
            case 0x0643: // ARABIC LETTER KAF
                return 0x06A9;
            case 0x064A: // ARABIC LETTER YEH
            case 0x0649: // ARABIC LETTER ALEF MAKSURA
            case 0x06D0: // ARABIC LETTER E
                return 0x06CC;
            case 0x0647: // ARABIC LETTER HEH
            case 0x0629: // ARABIC LETTER TEH MARBUTA
            case 0x06C3: // ARABIC LETTER TEH MARBUTA GOAL
            case 0x06C0: // ARABIC LETTER HEH WITH YEH ABOVE
            case 0x06C2: // ARABIC LETTER HEH GOAL WITH HAMZA ABOVE
            case 0x06D5: // ARABIC LETTER AE
                return 0x06C1;
            case 0x0640: // TATWEEL
            case 0x200C: // ZERO WIDTH NON-JOINER
            case 0x200D: // ZERO WIDTH JOINER
                return -1;
            default:
                break;
        }
        if (isMark(cp)) {
            return -1;
        }
        return cp;
    }

    /** Harakat and other marks written over or under Arabic-script letters. */
    static boolean isMark(int cp) {
        return cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || cp >= 0x06D6 && cp <= 0x06ED && cp != 0x06E5
                && cp != 0x06E6 && cp != 0x06E9;
    }

    /** Folds a whole word. */
    public static String fold(CharSequence word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            int f = fold(cp);
            if (f >= 0) {
                b.appendCodePoint(f);
            }
        }
        return b.toString();
    }
}
