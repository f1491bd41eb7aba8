package org.lihaaz.internal.token;

/**
 * Folds the spelling variation of Roman Urdu (Urdu typed in Latin letters, with no standard
 * spelling) into one key per word, so that one rule term matches the usual ways of writing it:
 * "izzat lut gayi", "izat loot gai" and "izzat lutt gyi" all fold to "izat lut gai".
 *
 * <p>The steps, on a lower-case word, in order:
 * <ol>
 *   <li>apostrophes go; x→z ("xyada"), w→v ("hawas", "havas");</li>
 *   <li>ee→i, oo→u ("randee", "loot");</li>
 *   <li>a run of one letter becomes one letter ("izzat", "lutt", "paagal", "kuchh");</li>
 *   <li>i+y before a vowel loses the y ("churiyan", "larkiyon", "kiya" → "churian", "larkion", "kia");</li>
 *   <li>a consonant+y before a vowel gets back the a writers drop ("gya", "gyi" → "gaya", "gayi");</li>
 *   <li>a vowel+yi loses the y ("gayi", "huyi" → "gai", "hui");</li>
 *   <li>a final h after a vowel goes ("yeh", "woh", "wajah" → "ye", "vo", "vaja").</li>
 * </ol>
 * Variation the folding does not cover (d for ڑ in "ladki", q/k, ai/e, dropped short vowels in
 * "krna") is written in rules as alternatives: folding more would merge different words, which
 * {@code bench/roman_folding.java} measures on the Roman Urdu corpus.
 */
public final class RomanUrduFolding {
    private RomanUrduFolding() {
    }

    public static String fold(String word) {
        StringBuilder b = new StringBuilder(word.length());
        // 1-2: drop apostrophes, map letters, fold long vowels.
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            if (c == '\'') {
                continue;
            }
            if (c == 'x') {
                c = 'z';
            } else if (c == 'w') {
                c = 'v';
            }
            if (c == 'e' && next == 'e') {
                b.append('i');
                i++;
                continue;
            }
            if (c == 'o' && next == 'o') {
                b.append('u');
                i++;
                continue;
            }
            b.append(c);
        }
        // 3: collapse runs of one letter.
        int w = 0;
        for (int r = 0; r < b.length(); r++) {
            if (w == 0 || b.charAt(r) != b.charAt(w - 1)) {
                b.setCharAt(w++, b.charAt(r));
            }
        }
        b.setLength(w);
        // 4: i+y before a vowel → i.
        for (int i = 1; i + 1 < b.length(); i++) {
            if (b.charAt(i) == 'y' && b.charAt(i - 1) == 'i' && isVowel(b.charAt(i + 1))) {
                b.deleteCharAt(i);
                i--;
            }
        }
        // 5: consonant+y before a vowel → consonant+a+y.
        for (int i = 1; i + 1 < b.length(); i++) {
            if (b.charAt(i) == 'y' && isConsonant(b.charAt(i - 1)) && isVowel(b.charAt(i + 1))) {
                b.insert(i, 'a');
                i++;
            }
        }
        // 6: vowel+y+i → vowel+i.
        for (int i = 1; i + 1 < b.length(); i++) {
            if (b.charAt(i) == 'y' && b.charAt(i + 1) == 'i' && isVowel(b.charAt(i - 1))) {
                b.deleteCharAt(i);
                i--;
            }
        }
        // 7: final h after a vowel.
        int n = b.length();
        if (n >= 3 && b.charAt(n - 1) == 'h' && isVowel(b.charAt(n - 2))) {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'y';
    }
}
