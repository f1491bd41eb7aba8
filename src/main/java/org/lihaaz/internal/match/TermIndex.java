package org.lihaaz.internal.match;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lihaaz.internal.lang.EnglishInflector;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.WordForm;
import org.lihaaz.rule.PatternPart;
import org.lihaaz.internal.rule.PatternSyntax;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.internal.token.Tokenizer;

/**
 * Every form of every rule term, compiled into word tries per language: the first word of each form
 * is a hash key, later words and placeholders are edges. The matcher looks each token up once; there
 * is no per-rule pass over the text.
 *
 * <p>A language's tries are built the first time text in that language is matched, so an English
 * draft never pays for the Urdu packs. The built-in packs' tries can come precompiled (built with
 * the jar, see {@link Precompiled}); rules added on top get tries of their own, and rules a policy
 * turned off are skipped when a precompiled trie still holds them.
 */
public final class TermIndex {
    private final RuleSet rules;
    private final Tokenizer tokenizer;
    private final Precompiled precompiled;
    /** The rules this index reports, by identity; null when every rule in the tries is active. */
    private final Set<Rule> active;
    private final Map<Language, List<Compiled>> byLanguage = new EnumMap<>(Language.class);
    /** The same lists, published with volatile semantics for reading without the lock. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<Compiled>> built =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(Language.values().length);

    /** The tries of one set of rules in one language. */
    static final class Compiled {
        Node insensitive = new Node();
        Node sensitive = new Node();
        /** Lower-cased first words of case-sensitive forms, so most tokens skip the case-sensitive trie. */
        final Set<String> sensitiveFirstWords = new HashSet<>();
        /** Tokenised literal pieces of patterns, shared by the many sequences alternatives expand to. */
        final Map<String, List<String>> pieces = new HashMap<>();
        /** The forms of each word class terms name, computed once per language and case. */
        final Map<List<Object>, List<ClassForms.Form>> classForms = new HashMap<>();
        int formCount;

        /** Every first word, with where it leads: one lookup per token whatever the case rules. */
        private Map<String, First> firstWords;

        /** What a first word leads to in each trie; {@code sensitive} is true when a case-sensitive form starts with it. */
        record First(Node insensitive, boolean sensitive) {
        }

        First first(String norm) {
            Map<String, First> map = firstWords;
            if (map == null) {
                map = new HashMap<>();
                if (insensitive.words != null) {
                    for (Map.Entry<String, Node> e : insensitive.words.entrySet()) {
                        map.put(e.getKey(), new First(e.getValue(), false));
                    }
                }
                for (String w : sensitiveFirstWords) {
                    First f = map.get(w);
                    map.put(w, new First(f == null ? null : f.insensitive(), true));
                }
                firstWords = map;
            }
            return map.get(norm);
        }

        /** Every first word of a term (after {@link #first} was called once, as {@link #compiled} does). */
        java.util.Set<String> firstWords() {
            return firstWords.keySet();
        }
    }

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

    private TermIndex(RuleSet rules, Tokenizer tokenizer, Precompiled precompiled) {
        this.rules = rules;
        this.tokenizer = tokenizer;
        this.precompiled = precompiled;
        if (precompiled == null) {
            this.active = null;
        } else {
            Set<Rule> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(rules.rules());
            this.active = set;
        }
    }

    /** An index over {@code rules}; each language's tries are compiled on first use, once. */
    public static TermIndex compile(RuleSet rules, Tokenizer tokenizer) {
        return new TermIndex(rules, tokenizer, null);
    }

    /**
     * An index over {@code rules} that takes the tries of the rules {@code precompiled} covers from it
     * and compiles the others itself.
     */
    public static TermIndex compile(RuleSet rules, Tokenizer tokenizer, Precompiled precompiled) {
        return new TermIndex(rules, tokenizer, precompiled);
    }

    /** The tries of one language, compiled (or decoded) on first use. */
    List<Compiled> compiled(Language language) {
        // Read without a lock once built: the matcher asks for every block.
        List<Compiled> ready = built.get(language.ordinal());
        if (ready != null) {
            return ready;
        }
        synchronized (byLanguage) {
            List<Compiled> list = byLanguage.get(language);
            if (list == null) {
                list = new ArrayList<>(2);
                Compiled own = new Compiled();
                if (precompiled != null) {
                    list.add(precompiled.decode(language));
                }
                for (Rule rule : rules.rules()) {
                    if (rule.language() == language && (precompiled == null || !precompiled.covers(rule))) {
                        for (String term : rule.terms()) {
                            for (List<PatternPart> seq : PatternSyntax.expandPieces(term)) {
                                add(own, rule, term, seq);
                            }
                        }
                    }
                }
                own.pieces.clear();
                own.classForms.clear();
                if (own.formCount > 0 || list.isEmpty()) {
                    list.add(own);
                }
                for (Compiled c : list) {
                    c.first("");
                }
                list = List.copyOf(list);
                byLanguage.put(language, list);
                built.set(language.ordinal(), list);
            }
            return list;
        }
    }

    /** True when a finding of {@code rule} may be reported (a precompiled trie may hold rules turned off). */
    boolean isActive(Rule rule) {
        return active == null || active.contains(rule);
    }

    /** How many word paths the index holds for all languages, counting every generated form. */
    public int formCount() {
        int n = 0;
        for (Language l : Language.values()) {
            for (Compiled c : compiled(l)) {
                n += c.formCount;
            }
        }
        return n;
    }

    /**
     * Writes the tries of every language, each minimised (identical sub-tries shared), so that
     * {@link Precompiled} can read them back; rules are referred to by their position in {@code rules}.
     */
    public void writeTo(DataOutput out) throws IOException {
        Map<Rule, Integer> ruleIndex = new IdentityHashMap<>();
        List<Rule> list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            ruleIndex.put(list.get(i), i);
        }
        out.writeInt(Language.values().length);
        for (Language l : Language.values()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            Compiled c = compiled(l).get(0);
            TrieCodec.write(c, ruleIndex, new java.io.DataOutputStream(bytes));
            out.writeByte(l.ordinal());
            out.writeInt(bytes.size());
            bytes.writeTo(new java.io.OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }
            });
        }
    }

    /**
     * Tries built ahead of time for one rule set (the built-in packs), kept as bytes and decoded per
     * language on first use.
     */
    public static final class Precompiled {
        private final RuleSet rules;
        private final Set<Rule> covered;
        private final Map<Language, byte[]> bytes;

        private Precompiled(RuleSet rules, Map<Language, byte[]> bytes) {
            this.rules = rules;
            this.bytes = bytes;
            Set<Rule> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(rules.rules());
            this.covered = set;
        }

        /** Reads what {@link TermIndex#writeTo} wrote for {@code rules} (the same rules, in the same order). */
        public static Precompiled read(DataInput in, RuleSet rules) throws IOException {
            int n = in.readInt();
            Map<Language, byte[]> bytes = new EnumMap<>(Language.class);
            for (int i = 0; i < n; i++) {
                Language l = Language.values()[in.readByte()];
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                bytes.put(l, b);
            }
            return new Precompiled(rules, bytes);
        }

        boolean covers(Rule rule) {
            return covered.contains(rule);
        }

        Compiled decode(Language language) {
            byte[] b = bytes.get(language);
            if (b == null) {
                return new Compiled();
            }
            try {
                return TrieCodec.read(new DataInputStream(new java.io.ByteArrayInputStream(b)), rules.rules());
            } catch (IOException e) {
                throw new UncheckedIOException("the precompiled rule index is damaged", e);
            }
        }
    }

    /**
     * One way of writing a pattern sequence once its word classes are spelled out: the slots, and the
     * form of the class entry that ends it (null when a literal word or placeholder ends it).
     */
    private record Variant(List<Object> slots, WordForm classForm) {
    }

    private void add(Compiled c, Rule rule, String term, List<PatternPart> seq) {
        // Slots: a String is a literal word (normalised, or as written for case-sensitive rules);
        // a Kind is a placeholder. A word class puts each of its forms in its place, one variant each.
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(new ArrayList<>(), null));
        for (PatternPart part : seq) {
            if (part instanceof PatternPart.ClassRef ref) {
                // Keyed by the words themselves: rules of different folders may carry different classes of one name.
                org.lihaaz.rule.ClassWords words = rule.classes().get(ref.name());
                List<ClassForms.Form> forms = c.classForms.computeIfAbsent(List.of(rule.caseSensitive(), rule.language(), words),
                        k -> ClassForms.of(words, rule.language(), tokenizer, rule.caseSensitive()));
                List<Variant> next = new ArrayList<>(variants.size() * forms.size());
                for (Variant v : variants) {
                    for (ClassForms.Form f : forms) {
                        List<Object> slots = new ArrayList<>(v.slots());
                        slots.addAll(f.words());
                        next.add(new Variant(slots, f.form()));
                    }
                }
                variants = next;
                continue;
            }
            List<Object> added = new ArrayList<>();
            if (part instanceof PatternPart.Words w) {
                String key = (rule.caseSensitive() ? "S" : "I") + w.text();
                added.addAll(c.pieces.computeIfAbsent(key, k -> rule.caseSensitive()
                        ? tokenizer.surfaceWords(w.text(), rule.language())
                        : tokenizer.words(w.text(), rule.language())));
            } else {
                added.add(((PatternPart.Placeholder) part).kind());
            }
            if (added.isEmpty()) {
                continue;
            }
            for (int i = 0; i < variants.size(); i++) {
                List<Object> slots = variants.get(i).slots();
                slots.addAll(added);
                variants.set(i, new Variant(slots, null));
            }
        }
        for (Variant v : variants) {
            addVariant(c, rule, term, v);
        }
    }

    private void addVariant(Compiled c, Rule rule, String term, Variant v) {
        List<Object> slots = v.slots();
        if (slots.isEmpty() || !(slots.get(0) instanceof String)) {
            return;
        }
        addForms(c, rule, term, slots, v.classForm());
        List<Object> joined = v.classForm() == null ? joined(slots, rule) : null;
        if (joined != null) {
            addForms(c, rule, term, joined, null);
        }
    }

    /**
     * A Roman Urdu compound term of two words ("bhen chod", "madar chod") written as one word, as
     * posts often write it ("bhenchod"): the words joined, through the Roman Urdu chain (folding
     * applies to the join), when each has at least three letters. A hyphen already reads as a
     * space. Null when the term is not such a compound. (Roman Urdu has no fixed word division;
     * English does, and its packs list the joined spellings they mean.)
     */
    private List<Object> joined(List<Object> slots, Rule rule) {
        if (slots.size() != 2 || !(slots.get(0) instanceof String a) || !(slots.get(1) instanceof String b)
                || a.length() < 3 || b.length() < 3 || rule.caseSensitive() || rule.language() != Language.ROMAN_UR) {
            return null;
        }
        List<String> words = tokenizer.words(a + b, rule.language());
        return words.size() == 1 ? List.of(words.get(0)) : null;
    }

    /** @param classForm the form of the class entry that ends the term, or null when a word or placeholder ends it */
    private void addForms(Compiled c, Rule rule, String term, List<Object> slots, WordForm classForm) {
        Object last = slots.get(slots.size() - 1);
        if (classForm != null) {
            // A class entry ends the term: its forms are already spelled out, each with its own form.
            insert(c, rule, term, slots, classForm);
        } else if (last instanceof String word && rule.language() == Language.EN) {
            Map<String, WordForm> forms = rule.inflect() == Rule.Inflection.NOUN ? nounForms(word) : possessiveForms(word);
            for (Map.Entry<String, WordForm> f : forms.entrySet()) {
                List<Object> variant = new ArrayList<>(slots);
                variant.set(variant.size() - 1, f.getKey());
                insert(c, rule, term, variant, f.getValue());
            }
        } else if (last instanceof String word && rule.inflect().urduClass() != null) {
            insert(c, rule, term, slots, WordForm.BASE);
            java.util.Set<String> done = new HashSet<>();
            done.add(word);
            for (String form : rule.inflect().urduClass().forms(word, rule.language())) {
                // Each generated form goes through the language's own chain, as text would.
                List<String> normalised = tokenizer.words(form, rule.language());
                if (normalised.size() == 1 && done.add(normalised.get(0))) {
                    insertVariant(c, rule, term, slots, normalised.get(0), WordForm.URDU_INFLECTED);
                }
            }
            addEnglishEndings(c, rule, term, slots, done);
        } else {
            insert(c, rule, term, slots, WordForm.BASE);
            if (last instanceof String word) {
                java.util.Set<String> done = new HashSet<>();
                done.add(word);
                addEnglishEndings(c, rule, term, slots, done);
            }
        }
    }

    /**
     * Roman Urdu nouns take English plural and possessive endings in mixed posts ("qadianis",
     * "hijras", "khusray's"): each form of the last word, with "s" (a possessive's apostrophe folds
     * away), through the Roman Urdu chain. The replacement cannot follow such a form, as for other
     * generated Urdu forms.
     */
    private void addEnglishEndings(Compiled c, Rule rule, String term, List<Object> slots, java.util.Set<String> forms) {
        if (rule.language() != Language.ROMAN_UR) {
            return;
        }
        for (String form : List.copyOf(forms)) {
            if (form.endsWith("s")) {
                continue;
            }
            List<String> normalised = tokenizer.words(form + "s", rule.language());
            if (normalised.size() == 1 && forms.add(normalised.get(0))) {
                insertVariant(c, rule, term, slots, normalised.get(0), WordForm.URDU_INFLECTED);
            }
        }
    }

    private static void insertVariant(Compiled c, Rule rule, String term, List<Object> slots, String last, WordForm form) {
        List<Object> variant = new ArrayList<>(slots);
        variant.set(variant.size() - 1, last);
        insert(c, rule, term, variant, form);
    }

    /** Any English noun phrase can take a possessive, whether or not the rule wants plurals. */
    private static Map<String, WordForm> possessiveForms(String word) {
        Map<String, WordForm> forms = new HashMap<>();
        forms.put(word, WordForm.BASE);
        if (!isInflectable(word)) {
            return forms;
        }
        if (EnglishInflector.isIrregularPlural(word)) {
            forms.put(word, new WordForm(true, false));
            forms.put(EnglishInflector.possessive(word, true, '\''), new WordForm(true, true));
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

    static Map<String, WordForm> nounForms(String word) {
        Map<String, WordForm> forms = new HashMap<>();
        forms.put(word, WordForm.BASE);
        if (!isInflectable(word)) {
            return forms;
        }
        if (EnglishInflector.isIrregularPlural(word)) {
            // A term written in the plural ("chairmen") stands for the plural: its replacement must be plural too.
            forms.put(word, new WordForm(true, false));
            forms.put(EnglishInflector.possessive(word, true, '\''), new WordForm(true, true));
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

    private static void insert(Compiled c, Rule rule, String term, List<Object> slots, WordForm form) {
        boolean cs = rule.caseSensitive();
        Node node = cs ? c.sensitive : c.insensitive;
        for (Object slot : slots) {
            node = slot instanceof String w ? node.word(w) : node.placeholder((PatternPart.Kind) slot);
        }
        if (cs) {
            c.sensitiveFirstWords.add(((String) slots.get(0)).toLowerCase(java.util.Locale.ROOT));
        }
        node.accept(new Accept(rule, term, form));
        c.formCount++;
    }
}
