package org.lihaaz.lang;

import java.util.Set;

/**
 * Tells Roman Urdu from English by their most frequent function words. Both are written in Latin
 * letters, and OpenNLP's language model knows Urdu only in Arabic script, but a sentence of either
 * language is mostly made of a few dozen short words that the other language rarely uses: "hai",
 * "ka", "ko", "nahi", "raha" against "the", "of", "was", "with". Words both languages use often
 * ("to", "is", "us", "do", "me", "main", "in", "or", "he") count for neither.
 */
final class FunctionWords {
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

    private FunctionWords() {
    }

    /** Counts of Roman Urdu and English function words in [from, to) of a text. */
    static int[] count(CharSequence text, int from, int to) {
        int urdu = 0;
        int english = 0;
        int i = from;
        StringBuilder word = new StringBuilder(16);
        while (i < to) {
            char c = text.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                word.setLength(0);
                while (i < to && text.charAt(i) < 0x80 && Character.isLetter(text.charAt(i))) {
                    word.append(Character.toLowerCase(text.charAt(i)));
                    i++;
                }
                // A word glued to an apostrophe or digit ("don't", "b4") is English-ish either way; skip it.
                if (i < to && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                    continue;
                }
                String w = word.toString();
                if (ROMAN_URDU.contains(w) && !ENGLISH.contains(w)) {
                    urdu++;
                } else if (ENGLISH.contains(w)) {
                    english++;
                }
            } else {
                i++;
            }
        }
        return new int[] {urdu, english};
    }
}
