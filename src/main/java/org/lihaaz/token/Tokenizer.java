package org.lihaaz.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.lihaaz.lang.Language;

/**
 * Splits prose into words with a Lucene analysis chain chosen by language. English: Unicode word
 * boundaries (UAX #29), lower case, apostrophe variants folded; hyphens and hyphen-like dashes
 * separate words, so "wheelchair-bound", "wheelchair bound" and "wheelchair‐bound" give the same
 * tokens. Urdu: ICU's tokeniser, NFKC case folding and {@link UrduFolding} (Arabic letter variants,
 * diacritics, tatweel, ZWNJ). Roman Urdu: the English chain plus {@link RomanUrduFolding} of
 * spelling variation. No language is stemmed.
 *
 * <p>Rule terms go through the chain of the rule's language, so a term and the text it should
 * match are always normalised alike. Thread-safe: Lucene keeps one analysis chain per thread.
 */
public final class Tokenizer implements AutoCloseable {
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

    public Tokenizer() {
        analyzers.put(Language.EN, analyzer(() -> new StandardTokenizer(), chain -> chain));
        analyzers.put(Language.UR, analyzer(() -> new ICUTokenizer(),
                chain -> new UrduFoldingFilter(new ICUNormalizer2Filter(chain))));
        analyzers.put(Language.ROMAN_UR, analyzer(() -> new StandardTokenizer(), RomanUrduFoldingFilter::new));
    }

    /** A chain: the language's tokeniser, lower case, apostrophes and invisible characters folded, then its own folding. */
    private static Analyzer analyzer(Supplier<org.apache.lucene.analysis.Tokenizer> source,
            UnaryOperator<TokenStream> languageFolding) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                org.apache.lucene.analysis.Tokenizer tokenizer = source.get();
                TokenStream chain = new LowerCaseFilter(tokenizer);
                chain = new FoldingFilter(chain);
                chain = languageFolding.apply(chain);
                return new TokenStreamComponents(tokenizer, chain);
            }
        };
    }

    /** Tokenises one block of prose. */
    public Tokens tokenize(String text, Language language) {
        Tokens tokens = new Tokens(text);
        tokenize(text, 0, text.length(), language, tokens);
        return tokens;
    }

    /**
     * Tokenises the part [from, to) of a block as {@code language}, adding its words to {@code
     * tokens} with offsets into the whole block: a block that switches language is tokenised one
     * part at a time.
     */
    public void tokenize(String text, int from, int to, Language language, Tokens tokens) {
        String part = text.substring(from, to);
        try (TokenStream stream = analyzers.get(language).tokenStream("prose", part)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int s = from + offset.startOffset();
                int e = from + offset.endOffset();
                String norm = term.toString();
                if (norm.isEmpty()) {
                    continue;
                }
                // A plural possessive ("chairpersons'") keeps its apostrophe, which UAX #29 leaves off.
                if (language == Language.EN && e < to && isApostrophe(text.charAt(e)) && endsWithS(text, e)
                        && (e + 1 == to || !Character.isLetterOrDigit(text.charAt(e + 1)))) {
                    e++;
                    norm = norm + "'";
                }
                tokens.add(s, e, norm, shape(text, s, e, type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty word list for a block, to fill part by part with {@link #tokenize(String, int, int, Language, Tokens)}. */
    public static Tokens empty(String text) {
        return new Tokens(text);
    }

    /** Normalised words of a rule term or phrase, tokenised exactly as prose is. */
    public List<String> words(String phrase, Language language) {
        Tokens t = tokenize(phrase, language);
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(t.norm(i));
        }
        return out;
    }

    /** Words of a term as written (case kept), for case-sensitive rules. */
    public List<String> surfaceWords(String phrase, Language language) {
        Tokens t = tokenize(phrase, language);
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(foldKeepingCase(t.surface(i)));
        }
        return out;
    }

    /** Folds apostrophe variants and drops invisible format characters, keeping letter case. */
    public static String foldKeepingCase(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean apostrophe = isApostrophe(c) && c != '\'';
            boolean drop = isInvisible(c);
            if ((apostrophe || drop) && b == null) {
                b = new StringBuilder(word.length()).append(word, 0, i);
            }
            if (b != null && !drop) {
                b.append(apostrophe ? '\'' : c);
            }
        }
        return b == null ? word : b.toString();
    }

    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4'
                || c == '\u2032';
    }

    private static boolean endsWithS(String text, int end) {
        char c = text.charAt(end - 1);
        return c == 's' || c == 'S';
    }

    private static int shape(String text, int s, int e, String type) {
        if ("<NUM>".equals(type)) {
            return Tokens.NUMBER;
        }
        int letters = 0;
        int upper = 0;
        boolean firstUpper = false;
        boolean seenLetter = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (!seenLetter) {
                        firstUpper = true;
                    }
                }
                seenLetter = true;
            }
        }
        if (letters >= 2 && upper == letters) {
            return Tokens.ALL_CAPS;
        }
        return firstUpper ? Tokens.CAPITALISED : 0;
    }

    /** Urdu letter folding (see {@link UrduFolding}) on each token. */
    private static final class UrduFoldingFilter extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        UrduFoldingFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String folded = UrduFolding.fold(term);
            term.setEmpty().append(folded);
            return true;
        }
    }

    /** Roman Urdu spelling folding (see {@link RomanUrduFolding}) on each token. */
    private static final class RomanUrduFoldingFilter extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        RomanUrduFoldingFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String folded = RomanUrduFolding.fold(term.toString());
            term.setEmpty().append(folded);
            return true;
        }
    }

    /** Folds apostrophe variants to U+0027 and drops invisible format characters such as soft hyphens. */
    private static final class FoldingFilter extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldingFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buf = term.buffer();
            int len = term.length();
            int w = 0;
            for (int r = 0; r < len; r++) {
                char c = buf[r];
                if (isApostrophe(c)) {
                    c = '\'';
                } else if (isInvisible(c)) {
                    continue;
                }
                buf[w++] = c;
            }
            term.setLength(w);
            return true;
        }
    }
}
