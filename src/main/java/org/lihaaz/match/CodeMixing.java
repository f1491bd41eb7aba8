package org.lihaaz.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lihaaz.lang.FunctionWords;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.token.Tokenizer;
import org.lihaaz.token.Tokens;
import org.lihaaz.yaml.YamlException;
import org.lihaaz.yaml.YamlNode;
import org.lihaaz.yaml.YamlReader;

/**
 * Code-mixed text, word by word. English and Roman Urdu share the Latin script, and posts switch
 * between them inside a sentence ("usne committed suicide kiya", "this guy is such a kanjar"), so
 * a stretch of either language is also read with the other's rules. The two share spellings too:
 * Roman Urdu "paki" is ripe or firm, English "mall" folds to Roman Urdu "maal". A match of the other
 * language's rules is dropped when it is one word that is an ordinary word of the stretch's own
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
        YamlNode node = new YamlReader().read(text, file);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new YamlException(node.location(), "a homograph file is a list of words");
        }
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.text().isBlank() || s.text().strip().contains(" ")) {
                throw new YamlException(item.location(), "each homograph is one word");
            }
            out.add(s.text().strip());
        }
        return out;
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
     * Dropped: a one-word match that is an ordinary word of the stretch's language; a match whose
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
            if (!allOrdinary(c, english, folded, stretch) && !covered(c, own) && !isGloss(c, english)) {
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
     * True for a one-word match that is an ordinary word of the stretch's language. A match of
     * several words of the other language in a row ("teri maa ki", "committed suicide") is that
     * language, whatever its single words could be.
     */
    private boolean allOrdinary(Candidate c, Tokens english, Tokens folded, Language stretch) {
        if (c.first() != c.last()) {
            return false;
        }
        int i = c.first();
        return isOrdinary(english.norm(i), folded.norm(i), stretch, homographs.getOrDefault(stretch, Set.of()));
    }

    /** True when the word, in English and in Roman Urdu normal form, is an ordinary word of {@code stretch}. */
    private static boolean isOrdinary(String english, String folded, Language stretch, Set<String> own) {
        if (FunctionWords.isFunctionWord(english, stretch)) {
            return true;
        }
        return own.contains(stretch == Language.ROMAN_UR ? folded : english);
    }
}
