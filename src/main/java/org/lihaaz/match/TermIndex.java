package org.lihaaz.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lihaaz.lang.EnglishInflector;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.WordForm;
import org.lihaaz.rule.PatternPart;
import org.lihaaz.rule.PatternSyntax;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.token.Tokenizer;

/**
 * Every form of every rule term, compiled once into one word trie per language: the first word of
 * each form is a hash key, later words and placeholders are edges. The matcher looks each token up
 * once; there is no per-rule pass over the text.
 */
public final class TermIndex {
    private final Map<Language, Node> insensitive = new EnumMap<>(Language.class);
    private final Map<Language, Node> sensitive = new EnumMap<>(Language.class);
    /** Lower-cased first words of case-sensitive forms, so most tokens skip the case-sensitive trie. */
    private final Map<Language, Set<String>> sensitiveFirstWords = new EnumMap<>(Language.class);
    private int formCount;

    /** One accepted path: which rule, which of its terms, in which form. */
    record Accept(Rule rule, String term, WordForm form) {
    }

    static final class Node {
        Map<String, Node> words;
        Node any;
        Node capitalised;
        Node name;
        Node number;
        Node gap;
        List<Accept> accepts;

        Node word(String w) {
            if (words == null) {
                words = new HashMap<>(4);
            }
            return words.computeIfAbsent(w, k -> new Node());
        }

        Node placeholder(PatternPart.Kind kind) {
            return switch (kind) {
                case ANY -> any != null ? any : (any = new Node());
                case CAPITALISED -> capitalised != null ? capitalised : (capitalised = new Node());
                case NAME -> name != null ? name : (name = new Node());
                case NUMBER -> number != null ? number : (number = new Node());
                case GAP -> gap != null ? gap : (gap = new Node());
            };
        }

        void accept(Accept a) {
            if (accepts == null) {
                accepts = new ArrayList<>(1);
            }
            for (Accept existing : accepts) {
                if (existing.rule() == a.rule()) {
                    return;
                }
            }
            accepts.add(a);
        }
    }

    private TermIndex() {
    }

    public static TermIndex compile(RuleSet rules, Tokenizer tokenizer) {
        TermIndex index = new TermIndex();
        for (Rule rule : rules.rules()) {
            for (String term : rule.terms()) {
                for (List<PatternPart> seq : PatternSyntax.expand(term)) {
                    index.add(rule, term, seq, tokenizer);
                }
            }
        }
        return index;
    }

    Node root(Language language, boolean caseSensitive) {
        return (caseSensitive ? sensitive : insensitive).get(language);
    }

    boolean hasSensitiveFirstWord(Language language, String norm) {
        Set<String> s = sensitiveFirstWords.get(language);
        return s != null && s.contains(norm);
    }

    /** How many word paths the index holds, counting every generated form. */
    public int formCount() {
        return formCount;
    }

    private void add(Rule rule, String term, List<PatternPart> seq, Tokenizer tokenizer) {
        // Slots: a String is a literal word (normalised, or as written for case-sensitive rules);
        // a Kind is a placeholder.
        List<Object> slots = new ArrayList<>();
        for (PatternPart part : seq) {
            if (part instanceof PatternPart.Words w) {
                slots.addAll(rule.caseSensitive()
                        ? tokenizer.surfaceWords(w.text(), rule.language())
                        : tokenizer.words(w.text(), rule.language()));
            } else {
                slots.add(((PatternPart.Placeholder) part).kind());
            }
        }
        if (slots.isEmpty() || !(slots.get(0) instanceof String)) {
            return;
        }
        Object last = slots.get(slots.size() - 1);
        if (last instanceof String word && rule.language() == Language.EN) {
            Map<String, WordForm> forms = rule.inflect() == Rule.Inflection.NOUN ? nounForms(word) : possessiveForms(word);
            for (Map.Entry<String, WordForm> f : forms.entrySet()) {
                List<Object> variant = new ArrayList<>(slots);
                variant.set(variant.size() - 1, f.getKey());
                insert(rule, term, variant, f.getValue());
            }
        } else if (last instanceof String word && rule.inflect().urduClass() != null) {
            insert(rule, term, slots, WordForm.BASE);
            for (String form : rule.inflect().urduClass().forms(word, rule.language())) {
                // Each generated form goes through the language's own chain, as text would.
                List<String> normalised = tokenizer.words(form, rule.language());
                if (normalised.size() == 1 && !normalised.get(0).equals(word)) {
                    List<Object> variant = new ArrayList<>(slots);
                    variant.set(variant.size() - 1, normalised.get(0));
                    insert(rule, term, variant, WordForm.BASE);
                }
            }
        } else {
            insert(rule, term, slots, WordForm.BASE);
        }
    }

    /** Any English noun phrase can take a possessive, whether or not the rule wants plurals. */
    private static Map<String, WordForm> possessiveForms(String word) {
        Map<String, WordForm> forms = new HashMap<>();
        forms.put(word, WordForm.BASE);
        if (!isInflectable(word)) {
            return forms;
        }
        forms.put(word + "'s", new WordForm(false, true));
        if (word.endsWith("s")) {
            forms.put(word + "'", new WordForm(false, true));
        }
        return forms;
    }

    private static boolean isInflectable(String word) {
        return !word.endsWith("'s") && !word.endsWith("'") && Character.isLetter(word.charAt(word.length() - 1));
    }

    private static Map<String, WordForm> nounForms(String word) {
        Map<String, WordForm> forms = new HashMap<>();
        forms.put(word, WordForm.BASE);
        if (!isInflectable(word)) {
            return forms;
        }
        forms.put(EnglishInflector.possessive(word, false, '\''), new WordForm(false, true));
        for (String plural : EnglishInflector.plurals(word)) {
            if (!plural.equals(word)) {
                forms.putIfAbsent(plural, new WordForm(true, false));
                forms.putIfAbsent(EnglishInflector.possessive(plural, true, '\''), new WordForm(true, true));
            }
        }
        return forms;
    }

    private void insert(Rule rule, String term, List<Object> slots, WordForm form) {
        boolean cs = rule.caseSensitive();
        Node node = (cs ? sensitive : insensitive).computeIfAbsent(rule.language(), l -> new Node());
        for (Object slot : slots) {
            node = slot instanceof String w ? node.word(w) : node.placeholder((PatternPart.Kind) slot);
        }
        if (cs) {
            sensitiveFirstWords.computeIfAbsent(rule.language(), l -> new HashSet<>())
                    .add(((String) slots.get(0)).toLowerCase(java.util.Locale.ROOT));
        }
        node.accept(new Accept(rule, term, form));
        formCount++;
    }
}
