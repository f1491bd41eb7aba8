package org.lihaaz.internal.token;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What makes two spellings of a word the same word to a reader, though not to a string compare:
 * invisible characters and look-alike letters. Written text from strangers uses both to slip a term
 * past a checker ("pol\u200Biceman", "p\u043Eliceman" with a Cyrillic о, fullwidth or mathematical
 * letters). All tables come from ICU (Unicode's Default_Ignorable_Code_Point property, NFKC case
 * folding, and the confusables data behind UTS #39 skeletons); none is written here.
 *
 * <ul>
 *   <li>{@link #isDropped}: default-ignorable characters (ZWSP, word joiner, LRM/RLM, bidi
 *       embeddings, overrides and isolates, CGJ, variation selectors, TAG characters, soft hyphen,
 *       BOM …) are removed before words are split, so they neither split a word nor stay in it. ZWNJ
 *       and ZWJ are kept for the tokeniser, which needs them inside Urdu and emoji, and are dropped by
 *       the token filters afterwards, as before.</li>
 *   <li>{@link #fold}: a word with letters beyond ASCII is NFKC case-folded (fullwidth and
 *       mathematical letters become plain ones), and in a word that mixes Latin letters with letters
 *       of another script, each of those letters becomes its confusable skeleton when that is Latin
 *       (Cyrillic о → o). A word wholly in another script is left alone: a Russian "сор" is not the
 *       English "cop", and only mixed words are a disguise.</li>
 * </ul>
 */
public final class Lookalikes {
    /** Skeletons of single letters, each worked out once; "" when a letter's skeleton is not Latin. */
    private static final ConcurrentHashMap<Integer, String> LATIN_SKELETON = new ConcurrentHashMap<>();

    /**
     * ICU's normaliser and confusables data, loaded on the first word that needs them: most runs
     * never meet one, and loading costs start-up time a small file would notice.
     */
    private static final class Data {
        static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
        static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    }

    private Lookalikes() {
    }

    /** True for an invisible character removed before words are split (see the class comment). */
    public static boolean isDropped(int cp) {
        if (cp < 0x80 || cp == 0x200C || cp == 0x200D) {
            return false;
        }
        // Every default-ignorable character is a format char, a mark, a (filler) letter or unassigned.
        // Asking Java's own table first keeps ICU's property data unloaded for text whose only
        // characters beyond ASCII are quotes and dashes, which is most English prose.
        int type = Character.getType(cp);
        return (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.OTHER_LETTER
                || type == Character.UNASSIGNED)
                && UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /** True for an invisible character a word may hold but its folded form drops: the dropped ones and ZWNJ, ZWJ. */
    public static boolean isInvisible(int cp) {
        return cp == 0x200C || cp == 0x200D || isDropped(cp);
    }

    /** The folded form of a lower-cased word that has a character beyond ASCII (see the class comment). */
    public static String fold(CharSequence word) {
        String s = Data.NFKC_CF.normalize(word);
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script == UScript.LATIN) {
                    latin = true;
                } else if (script != UScript.COMMON && script != UScript.INHERITED) {
                    other = true;
                }
            }
        }
        if (!(latin && other)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            String skeleton = script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED
                    || !UCharacter.isLetter(cp) ? "" : latinSkeleton(cp);
            if (skeleton.isEmpty()) {
                b.appendCodePoint(cp);
            } else {
                b.append(skeleton);
            }
        }
        return b.toString();
    }

    /** The skeleton of one letter when it is made of Latin letters only (lower case), else "". */
    private static String latinSkeleton(int cp) {
        return LATIN_SKELETON.computeIfAbsent(cp, c -> {
            String sk = UCharacter.toLowerCase(Data.SPOOF.getSkeleton(new String(Character.toChars(c))));
            for (int i = 0; i < sk.length(); ) {
                int x = sk.codePointAt(i);
                i += Character.charCount(x);
                if (!(UCharacter.isLetter(x) && UScript.getScript(x) == UScript.LATIN)) {
                    return "";
                }
            }
            return sk;
        });
    }
}
