package org.lihaaz.internal.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.WordForm;
import org.lihaaz.rule.ClassWords;
import org.lihaaz.internal.token.Tokenizer;

/**
 * The word sequences one word class stands for in one language: each entry tokenised as prose is,
 * and for an English noun class also the plural and possessive forms of the entry's last word,
 * generated as for terms. The term trie and condition phrases both take a class's words from here.
 */
public final class ClassForms {
    private ClassForms() {
    }

    /** One way a class entry can be written, and the grammatical form it was written in. */
    public record Form(List<String> words, WordForm form) {
        public Form {
            words = List.copyOf(words);
        }
    }

    /**
     * Every form of every entry, each once; {@code surface} keeps the entries' capitals (for
     * case-sensitive rules).
     */
    public static List<Form> of(ClassWords words, Language language, Tokenizer tokenizer, boolean surface) {
        Map<List<String>, WordForm> out = new LinkedHashMap<>();
        for (String entry : words.words()) {
            List<String> tokens = surface ? tokenizer.surfaceWords(entry, language) : tokenizer.words(entry, language);
            if (tokens.isEmpty()) {
                continue;
            }
            if (!words.inflect()) {
                out.putIfAbsent(tokens, WordForm.BASE);
                continue;
            }
            String last = tokens.get(tokens.size() - 1);
            for (Map.Entry<String, WordForm> f : TermIndex.nounForms(last).entrySet()) {
                List<String> variant = new ArrayList<>(tokens);
                variant.set(variant.size() - 1, f.getKey());
                out.putIfAbsent(List.copyOf(variant), f.getValue());
            }
        }
        List<Form> list = new ArrayList<>(out.size());
        out.forEach((w, f) -> list.add(new Form(w, f)));
        return List.copyOf(list);
    }
}
