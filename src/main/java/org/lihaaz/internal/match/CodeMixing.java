package org.lihaaz.internal.match;

import org.lihaaz.match.Candidate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lihaaz.internal.lang.FunctionWords;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Code-mixed text, word by word. English and Roman Urdu share the Latin script, and posts switch
 * between them inside a sentence ("usne committed suicide kiya", "this guy is such a kanjar"), so
 * a stretch of either language is also read with the other's rules. The two share spellings too:
 * Roman Urdu "paki" is ripe or firm, English "mall" folds to Roman Urdu "maal". A match of the other
 * language's rules is dropped when it begins with an ordinary word of the stretch's own
 * language: one of its function words ({@link FunctionWords}) or a word on its homograph list
 * ({@code rules/<lang>/homographs.yml}, a YAML list of words); see {@link #keep} for the rest. The lists are data:
 * a false alarm from a shared spelling is fixed by adding the word, never in code.
 */
public final class CodeMixing {
    /** Per stretch language: its ordinary words, normalised as that language's chain reads them. */
    private final Map<Language, Set<String>> homographs;

    private CodeMixing(Map<Language, Set<String>> homographs) {
        this.homographs = homographs;
    }

    /** No homograph lists: only function words protect a stretch's own words. */
    public static CodeMixing none() {
        return new CodeMixing(Map.of());
    }

    /** The lists shipped with the built-in packs. */
    public static CodeMixing builtIn(Tokenizer tokenizer) {
        Map<Language, Set<String>> out = new EnumMap<>(Language.class);
        for (Language language : List.of(Language.EN, Language.ROMAN_UR)) {
            String name = RuleLoader.BUILTIN_ROOT + "/" + language.code() + "/" + RuleLoader.HOMOGRAPHS;
            try (InputStream in = CodeMixing.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    out.put(language, normalised(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name),
                            language, tokenizer));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        return new CodeMixing(out);
    }

    /** Lists given directly (tests), words written as in text. */
    public static CodeMixing of(Map<Language, List<String>> words, Tokenizer tokenizer) {
        Map<Language, Set<String>> out = new EnumMap<>(Language.class);
        words.forEach((l, list) -> out.put(l, normalised(list, l, tokenizer)));
        return new CodeMixing(out);
    }

    /** The other Latin-script language, whose rules also read a stretch of {@code language}; null for Urdu. */
    public static Language other(Language language) {
        return switch (language) {
            case EN -> Language.ROMAN_UR;
            case ROMAN_UR -> Language.EN;
            case UR -> null;
        };
    }

    /** The words of a homograph file: a YAML list of single words. */
    static List<String> parse(String text, String file) {
        return new YamlReader().readStrings(text, file, "a homograph file is a list of words", "each homograph is one word", word -> !word.contains(" "));
    }

    private static Set<String> normalised(List<String> words, Language language, Tokenizer tokenizer) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.addAll(tokenizer.words(w, language));
        }
        return Set.copyOf(out);
    }

    /**
     * The candidates of another language's rules found in a stretch of {@code stretch} that are kept.
     * Dropped: a match that begins with an ordinary word of the stretch's language; a match whose
     * words a candidate of the stretch's own rules covers (the own pack judges its words, its
     * exceptions included: Roman Urdu "khush gawar" is pleasant whatever an English rule on "gawar"
     * says); and a match in brackets right after a word, a gloss ("rape (zina bil jabr)").
     *
     * @param own     the candidates of the stretch's own rules, before context checks
     * @param english the stretch's words as the English chain reads them
     * @param folded  the same words folded as Roman Urdu (same positions)
     */
    public List<Candidate> keep(List<Candidate> candidates, List<Candidate> own, Tokens english, Tokens folded,
            Language stretch) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (!beginsOrdinary(c, english, folded, stretch) && !covered(c, own) && !isGloss(c, english)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean covered(Candidate c, List<Candidate> own) {
        for (Candidate o : own) {
            if (o.first() <= c.first() && o.last() >= c.last()) {
                return true;
            }
        }
        return false;
    }

    /** True when the match fills a pair of brackets that follows a word: the other language's word for it. */
    private static boolean isGloss(Candidate c, Tokens tokens) {
        String text = tokens.text();
        int open = before(text, tokens.start(c.first()));
        int close = after(text, tokens.end(c.last()));
        if (open < 0 || close >= text.length() || text.charAt(open) != '(' && text.charAt(open) != '['
                || text.charAt(close) != ')' && text.charAt(close) != ']') {
            return false;
        }
        int word = before(text, open);
        return word >= 0 && Character.isLetter(text.charAt(word));
    }

    /** Index of the last non-space char before {@code i}, or -1. */
    private static int before(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    /** Index of the first non-space char at or after {@code i}. */
    private static int after(String text, int i) {
        int k = i;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * True when the match begins with an ordinary word of the stretch's language: where the two
     * languages' spellings collide. A phrase of the other language that begins with its own word
     * ("teri maa ki", "committed suicide") fires among the stretch's words.
     */
    private boolean beginsOrdinary(Candidate c, Tokens english, Tokens folded, Language stretch) {
        int i = c.first();
        return isOrdinary(english.norm(i), folded.norm(i), stretch, homographs.getOrDefault(stretch, Set.of()));
    }

    /**
     * True when an English stretch holds a word that could begin a match of the Roman Urdu rules
     * that {@link #keep} keeps: one that starts a Roman Urdu term once folded and is not an ordinary
     * English word. Most English stretches hold none, and then are not read as Roman Urdu at all: one
     * cached fold and one lookup a word.
     */
    public boolean mayHoldRomanUrdu(Tokens english, Matcher matcher, Tokenizer tokenizer) {
        StartCache cache = startCache.get();
        if (cache.matcher != matcher) {
            cache.clear(matcher);
        }
        for (int i = 0, n = english.size(); i < n; i++) {
            // The tokeniser hands out one string per common word: most words are answered by identity.
            String norm = english.norm(i);
            int h = norm.hashCode();
            int slot = (h ^ (h >>> 14)) & (StartCache.SIZE - 1);
            boolean starts;
            if (cache.keys[slot] == norm) {
                starts = cache.starts[slot];
            } else {
                starts = mayStartRomanUrdu(norm, matcher, tokenizer);
                cache.keys[slot] = norm;
                cache.starts[slot] = starts;
            }
            if (starts) {
                return true;
            }
        }
        return false;
    }

    private boolean mayStartRomanUrdu(String norm, Matcher matcher, Tokenizer tokenizer) {
        long key = Skeletons.of(norm);
        if (key != Skeletons.UNKNOWN && !skeletons(matcher).contains(key)) {
            return false;
        }
        return !isOrdinary(norm, null, Language.EN, homographs.getOrDefault(Language.EN, Set.of()))
                && matcher.startsTerm(tokenizer.foldRomanUrdu(norm), Language.ROMAN_UR);
    }

    /** Per thread: whether a word may begin a kept Roman Urdu match, by the word's string. */
    private final ThreadLocal<StartCache> startCache = ThreadLocal.withInitial(StartCache::new);

    private static final class StartCache {
        static final int SIZE = 1 << 14;
        final String[] keys = new String[SIZE];
        final boolean[] starts = new boolean[SIZE];
        Matcher matcher;

        void clear(Matcher m) {
            java.util.Arrays.fill(keys, null);
            matcher = m;
        }
    }

    /** The skeletons of the Roman Urdu rules' first words, worked out once per matcher (rule set). */
    private Skeletons skeletons(Matcher matcher) {
        Skeletons s = firstSkeletons;
        if (s == null || s.matcher != matcher) {
            s = new Skeletons(matcher, matcher.firstWords(Language.ROMAN_UR));
            firstSkeletons = s;
        }
        return s;
    }

    /** Written once and then only read; a race builds the same set twice. */
    private volatile Skeletons firstSkeletons;

    /**
     * A word's consonant skeleton, packed into a long: its letters without a, e, i, o, u, y, h and
     * apostrophes, x read as z and w as v, runs of one letter as one. Roman Urdu folding only drops
     * or changes those letters and shortens runs, so a word and its folded form have one skeleton:
     * a word whose skeleton no Roman Urdu first word has cannot fold onto one, which is told without
     * folding (or making a string).
     */
    static final class Skeletons {
        static final long UNKNOWN = -1;
        private final Matcher matcher;
        private final long[] sorted;

        Skeletons(Matcher matcher, Set<String> words) {
            this.matcher = matcher;
            long[] keys = words.stream().mapToLong(Skeletons::of).sorted().distinct().toArray();
            // A first word that cannot be packed makes every word a possible start.
            this.sorted = keys.length > 0 && keys[0] == UNKNOWN ? null : keys;
        }

        boolean contains(long key) {
            return sorted == null || java.util.Arrays.binarySearch(sorted, key) >= 0;
        }

        /** The packed skeleton, or {@link #UNKNOWN} for a word with other characters or more than ten consonants. */
        static long of(String word) {
            long key = 0;
            int last = -1;
            int count = 0;
            for (int i = 0, n = word.length(); i < n; i++) {
                char c = word.charAt(i);
                int code;
                if (c >= 'a' && c <= 'z') {
                    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h') {
                        continue;
                    }
                    code = c == 'x' ? 'z' - 'a' + 1 : c == 'w' ? 'v' - 'a' + 1 : c - 'a' + 1;
                } else if (c >= '0' && c <= '9') {
                    code = 27 + c - '0';
                } else if (c == '\'') {
                    continue;
                } else {
                    return UNKNOWN;
                }
                if (code == last) {
                    continue;
                }
                if (++count > 10) {
                    return UNKNOWN;
                }
                key = key << 6 | code;
                last = code;
            }
            return key;
        }
    }

    /** True when the word, in English and in Roman Urdu normal form, is an ordinary word of {@code stretch}. */
    private static boolean isOrdinary(String english, String folded, Language stretch, Set<String> own) {
        if (FunctionWords.isFunctionWord(english, stretch)) {
            return true;
        }
        return own.contains(stretch == Language.ROMAN_UR ? folded : english);
    }
}
