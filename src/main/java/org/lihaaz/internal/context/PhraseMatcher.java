package org.lihaaz.internal.context;

import java.util.ArrayList;
import java.util.List;
import org.lihaaz.lang.Language;
import org.lihaaz.internal.match.ClassForms;
import org.lihaaz.rule.ClassWords;
import org.lihaaz.rule.PatternPart;
import org.lihaaz.internal.rule.PatternSyntax;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;

/**
 * The phrases of one condition, compiled into word slots with the same tokeniser as prose, so a
 * phrase and the text around a match are normalised alike. Phrases are kept by their first word, so
 * each position in a window costs one hash lookup however long the phrase list is. With lemmas, words
 * on both sides are compared by their Porter stem (OpenNLP's), so one entry matches every inflected
 * and derived form that shares it.
 */
final class PhraseMatcher {
    private static final Object ANY = PatternPart.Kind.ANY;
    /** Phrases that start with a word, by that word. */
    private final java.util.Map<String, List<Object[]>> byFirstWord = new java.util.HashMap<>();
    /** Phrases that start with a placeholder, tried at every position. */
    private final List<Object[]> placeholderFirst = new ArrayList<>();
    private final int maxLength;
    private final boolean lemmas;

    PhraseMatcher(List<String> phrases, Language language, Tokenizer tokenizer) {
        this(phrases, language, tokenizer, false, java.util.Map.of());
    }

    /**
     * @param classes the words of the word classes the phrases name ({@code {@name}}), as the rule carries them
     */
    PhraseMatcher(List<String> phrases, Language language, Tokenizer tokenizer, boolean lemmas,
            java.util.Map<String, ClassWords> classes) {
        this.lemmas = lemmas;
        int max = 0;
        java.util.Map<String, ClassSlot> classSlots = new java.util.HashMap<>();
        for (String phrase : phrases) {
            for (List<PatternPart> seq : PatternSyntax.expand(phrase)) {
                List<Object> slots = new ArrayList<>();
                for (PatternPart part : seq) {
                    if (part instanceof PatternPart.Words w) {
                        for (String word : tokenizer.words(w.text(), language)) {
                            slots.add(lemmas ? stem(word) : word);
                        }
                    } else if (part instanceof PatternPart.ClassRef ref) {
                        ClassWords words = classes.get(ref.name());
                        if (words == null) {
                            throw new IllegalArgumentException("unknown word class '{@" + ref.name() + "}'");
                        }
                        slots.add(classSlots.computeIfAbsent(ref.name(), k -> new ClassSlot(words, language, tokenizer, lemmas)));
                    } else {
                        slots.add(((PatternPart.Placeholder) part).kind());
                    }
                }
                if (!slots.isEmpty()) {
                    Object[] seqArray = slots.toArray();
                    if (seqArray[0] instanceof String first) {
                        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>(1)).add(seqArray);
                    } else if (seqArray[0] instanceof ClassSlot cs) {
                        // Filed under each first word of the class: still one lookup per position.
                        for (String first : cs.byFirst.keySet()) {
                            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>(1)).add(seqArray);
                        }
                    } else {
                        placeholderFirst.add(seqArray);
                    }
                    int len = 0;
                    for (Object s : slots) {
                        len += s == PatternPart.Kind.GAP ? PatternPart.Kind.GAP_MAX_WORDS
                                : s instanceof ClassSlot cs ? cs.maxLength : 1;
                    }
                    max = Math.max(max, len);
                }
            }
        }
        this.maxLength = max;
    }

    /** The most tokens one phrase can cover. */
    int maxLength() {
        return maxLength;
    }

    /**
     * True when some phrase starts at a token in [fromStart, toStart] and ends (exclusive) at a token
     * index in [minEnd, maxEnd], using only tokens in [lo, hi).
     */
    boolean find(Tokens tokens, int fromStart, int toStart, int minEnd, int maxEnd, int lo, int hi) {
        for (int s = Math.max(fromStart, lo); s <= toStart && s < hi; s++) {
            List<Object[]> starting = byFirstWord.get(word(tokens, s));
            if (starting != null) {
                for (Object[] seq : starting) {
                    if (matchFrom(seq, 0, tokens, s, minEnd, maxEnd, hi)) {
                        return true;
                    }
                }
            }
            for (Object[] seq : placeholderFirst) {
                if (matchFrom(seq, 0, tokens, s, minEnd, maxEnd, hi)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The token's normal form, or its stem when matching by lemma. */
    private String word(Tokens tokens, int i) {
        return lemmas ? stem(tokens.norm(i)) : tokens.norm(i);
    }

    /** The Porter stem of a lower-case English word: harassment, harassed and harasses all give "harass". */
    static String stem(String word) {
        // A stemmer keeps a buffer between calls, so each call has its own: no state shared across threads.
        return new opennlp.tools.stemmer.PorterStemmer().stem(word);
    }

    /** True when the words of a class entry (its first already matched) stand at {@code pos}, before {@code hi}. */
    private boolean entryAt(String[] entry, Tokens tokens, int pos, int hi) {
        if (pos + entry.length > hi) {
            return false;
        }
        for (int j = 1; j < entry.length; j++) {
            if (!entry[j].equals(word(tokens, pos + j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word class in a phrase: its forms (see {@link ClassForms}) by first word, so a position costs
     * one lookup however long the class is.
     */
    private static final class ClassSlot {
        final java.util.Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
        final int maxLength;

        ClassSlot(ClassWords words, Language language, Tokenizer tokenizer, boolean lemmas) {
            int max = 1;
            for (ClassForms.Form f : ClassForms.of(words, language, tokenizer, false)) {
                String[] entry = f.words().stream().map(w -> lemmas ? stem(w) : w).toArray(String[]::new);
                byFirst.computeIfAbsent(entry[0], k -> new ArrayList<>(1)).add(entry);
                max = Math.max(max, entry.length);
            }
            this.maxLength = max;
        }
    }

    private boolean matchFrom(Object[] seq, int k, Tokens tokens, int pos, int minEnd, int maxEnd, int hi) {
        if (k == seq.length) {
            return pos >= minEnd && pos <= maxEnd;
        }
        Object slot = seq[k];
        if (slot == PatternPart.Kind.GAP) {
            for (int skip = 0; skip <= PatternPart.Kind.GAP_MAX_WORDS && pos + skip <= hi; skip++) {
                if (matchFrom(seq, k + 1, tokens, pos + skip, minEnd, maxEnd, hi)) {
                    return true;
                }
            }
            return false;
        }
        if (pos >= hi) {
            return false;
        }
        if (slot instanceof ClassSlot cs) {
            List<String[]> entries = cs.byFirst.get(word(tokens, pos));
            if (entries != null) {
                for (String[] entry : entries) {
                    if (entryAt(entry, tokens, pos, hi) && matchFrom(seq, k + 1, tokens, pos + entry.length, minEnd, maxEnd, hi)) {
                        return true;
                    }
                }
            }
            return false;
        }
        boolean ok;
        if (slot instanceof String word) {
            ok = word.equals(word(tokens, pos));
        } else if (slot == ANY) {
            ok = true;
        } else if (slot == PatternPart.Kind.CAPITALISED) {
            ok = tokens.isCapitalised(pos) || tokens.isAllCaps(pos);
        } else if (slot == PatternPart.Kind.NAME) {
            ok = tokens.isCapitalised(pos);
        } else {
            ok = tokens.isNumber(pos);
        }
        return ok && matchFrom(seq, k + 1, tokens, pos + 1, minEnd, maxEnd, hi);
    }
}
