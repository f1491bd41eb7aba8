package org.lihaaz.internal.lang;

import org.lihaaz.lang.Language;

import java.util.Set;

/**
 * Tells Roman Urdu from English by their most frequent function words. Both are written in Latin
 * letters, and OpenNLP's language model knows Urdu only in Arabic script, but a sentence of either
 * language is mostly made of a few dozen short words that the other language rarely uses: "hai",
 * "ka", "ko", "nahi", "raha" against "the", "of", "was", "with". Words both languages use often
 * ("to", "is", "us", "do", "me", "main", "in", "or", "he") count for neither.
 */
public final class FunctionWords {
    private static final Set<String> ROMAN_URDU = Set.of(
            "hai", "hain", "hay", "hy", "hae", "hein", "ha", "tha", "thi", "thay", "thin", "hoga", "hogi", "honge",
            "ka", "ki", "ke", "ko", "se", "sy", "say", "ne", "ny", "mein", "mai", "mien", "pe", "par", "tak",
            "nahi", "nahin", "nhi", "nai", "ni", "nahe", "mat", "kya", "kia", "kyun", "kyon", "kiun", "q", "kaun",
            "kon", "kahan", "kab", "kaise", "kesy", "kaisa", "kitna", "ye", "yeh", "wo", "woh", "vo", "aur", "bhi",
            "b", "hi", "ho", "hon", "hota", "hoti", "hote", "hua", "hui", "huay", "hue", "kar", "kr", "karo", "kro",
            "karna", "krna", "karta", "karti", "karte", "kiya", "kiye", "raha", "rahi", "rahe", "rhi", "rha", "rhe",
            "gaya", "gayi", "gai", "gya", "gyi", "gaye", "gye", "diya", "dia", "liya", "lia", "diye", "liye", "lye",
            "sakta", "sakti", "sakte", "chahiye", "chahye", "chaiye", "jo", "jab", "agar", "lekin", "magar",
            "tum", "tu", "hum", "mujhe", "mjhe", "mera", "meri", "mere", "tera", "teri", "tere", "uska",
            "uski", "uske", "unka", "unki", "unke", "iska", "iski", "iske", "apna", "apni", "apne", "ap", "aap",
            "isay", "usay", "isko", "usko", "inko", "unko", "wala", "wali", "wale", "waly", "bohat", "bahut",
            "bohot", "bht", "sab", "kuch", "koi", "kisi", "ab", "abhi", "phir", "fir", "sirf", "bas", "yaar", "yar",
            "bhai", "jaisa", "jaisi", "jaise", "tarah", "saath", "sath", "baad", "pehle", "waja", "wajah", "aaj",
            "kal", "logon", "kehte", "kaha", "dekho", "ji", "hamara", "hamari", "humara", "humari", "tumhara",
            "tumhari", "ek", "dono", "acha", "achha", "theek", "hona", "hone", "jata", "jati", "jate", "rakhi",
            "rakha", "jaye", "jayega", "karein", "karen", "kare", "karay", "de", "dena", "lena",
            "k", "h", "pr", "sb", "ky", "jaya", "lagti", "lagta", "sala", "saala", "sali", "saali", "abey", "abe",
            "oye", "chal", "chalo", "bata", "bolo", "bol", "kaho", "yahan", "wahan", "idhar", "udhar", "ghar", "hyn",
            "hn", "haan", "sahi", "bhut", "zyada", "ziada", "aik", "ik", "dil", "pyar", "naam", "kaam", "baat", "bt",
            "achi", "ache", "bura", "buri", "bure", "kyunke", "kyunkay", "kiyonkay", "lkn", "mgr", "phr", "tm", "hm",
            "mje", "mjy", "mujhy", "tujhe", "tujhy", "unhon", "unho", "inhon", "kam");
    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "that", "it", "for", "on", "with", "as", "at", "by", "this", "from", "an", "a",
            "are", "was", "were", "be", "been", "being", "they", "we", "you", "she", "his", "her", "their", "them",
            "not", "have", "has", "had", "will", "would", "can", "could", "should", "there", "which", "who", "what",
            "when", "where", "why", "how", "but", "if", "about", "into", "more", "all", "so", "just", "than", "then",
            "also", "only", "our", "your", "its", "my", "i", "no", "after", "said", "over", "out", "up", "new",
            "some", "other", "these", "those", "while", "because", "did", "does", "very", "any", "each", "most",
            "such", "before", "under", "between", "through", "during", "against", "without", "within");

    private static final int MAX_LENGTH = 12;
    /** Function words packed into longs (see {@link #key}), in open-addressing tables. */
    private static final LongSet ROMAN_URDU_ONLY = new LongSet(keys(ROMAN_URDU, ENGLISH));
    private static final LongSet ENGLISH_KEYS = new LongSet(keys(ENGLISH, Set.of()));
    /** No function word is longer than this; longer words are skipped without a lookup. */
    private static final int LONGEST = Math.max(longest(ROMAN_URDU), longest(ENGLISH));

    private FunctionWords() {
    }

    /**
     * Counts of Roman Urdu and English function words in [from, to) of a text. Words are packed into
     * a long rather than made into strings: this runs on every sentence of every file.
     */
    static int[] count(CharSequence text, int from, int to) {
        int urdu = 0;
        int english = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isAsciiLetter(c)) {
                int start = i;
                long key = 0;
                while (i < to) {
                    char d = text.charAt(i);
                    if (!isAsciiLetter(d)) {
                        break;
                    }
                    if (i - start < MAX_LENGTH) {
                        key = (key << 5) | ((d | 0x20) - 'a' + 1);
                    }
                    i++;
                }
                // A word glued to an apostrophe ("don't") is English-ish either way; skip it.
                boolean glued = i < to && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019');
                if (!glued && i - start <= LONGEST) {
                    if (ROMAN_URDU_ONLY.contains(key)) {
                        urdu++;
                    } else if (ENGLISH_KEYS.contains(key)) {
                        english++;
                    }
                }
            } else {
                i++;
            }
        }
        return new int[] {urdu, english};
    }

    /**
     * True when a lower-case word is one of {@code language}'s function words: in a stretch of that
     * language, such a word is read as the language's own even where it spells a word of the other
     * (code-mixed checking). Words both languages share count for both here.
     */
    public static boolean isFunctionWord(String word, Language language) {
        return switch (language) {
            case ROMAN_UR -> ROMAN_URDU.contains(word);
            case EN -> ENGLISH.contains(word);
            case UR -> false;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Five bits a letter, so a word of up to twelve letters is one long. */
    private static long key(String word) {
        long key = 0;
        for (int i = 0; i < word.length(); i++) {
            key = (key << 5) | (word.charAt(i) - 'a' + 1);
        }
        return key;
    }

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** A set of non-zero longs by open addressing: a few hundred keys, looked up for every word of every text. */
    private static final class LongSet {
        private final long[] table;
        private final int mask;

        LongSet(long[] keys) {
            int size = Integer.highestOneBit(Math.max(4, keys.length) * 4);
            table = new long[size];
            mask = size - 1;
            for (long k : keys) {
                int i = slot(k);
                while (table[i] != 0 && table[i] != k) {
                    i = (i + 1) & mask;
                }
                table[i] = k;
            }
        }

        boolean contains(long k) {
            int i = slot(k);
            while (table[i] != 0) {
                if (table[i] == k) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }

        private int slot(long k) {
            long h = k * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }

    private static long[] keys(Set<String> words, Set<String> except) {
        return words.stream()
                .filter(w -> !except.contains(w))
                .filter(w -> w.length() <= MAX_LENGTH && w.chars().allMatch(ch -> ch >= 'a' && ch <= 'z'))
                .mapToLong(FunctionWords::key)
                .sorted()
                .distinct()
                .toArray();
    }
}
