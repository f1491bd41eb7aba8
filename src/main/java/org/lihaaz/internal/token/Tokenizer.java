package org.lihaaz.internal.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.lihaaz.lang.Language;

/**
 * Splits prose into words with a Lucene analysis chain chosen by language. English: Unicode word
 * boundaries (UAX #29), lower case, apostrophe variants folded; hyphens and hyphen-like dashes
 * separate words, so "wheelchair-bound", "wheelchair bound" and "wheelchair‐bound" give the same
 * tokens. Invisible characters and look-alike letters are folded away ({@link Lookalikes}) while
 * offsets stay on the text as written. Urdu: ICU's tokeniser, NFKC case folding and {@link UrduFolding} (Arabic letter variants,
 * diacritics, tatweel, ZWNJ). Roman Urdu: the English chain plus {@link RomanUrduFolding} of
 * spelling variation. No language is stemmed.
 *
 * <p>Rule terms go through the chain of the rule's language, so a term and the text it should
 * match are always normalised alike. Thread-safe: Lucene keeps one analysis chain per thread.
 */
public final class Tokenizer implements AutoCloseable {
    /** How to build each language's chain: its tokeniser, then folding. */
    private final Map<Language, ChainRecipe> recipes = new EnumMap<>(Language.class);

    private record ChainRecipe(Supplier<org.apache.lucene.analysis.Tokenizer> source,
            UnaryOperator<TokenStream> languageFolding, boolean lookalikes) {
    }
    /** Recently seen words, per thread: common words are made into strings once and hashed once. */
    private final ThreadLocal<WordCache> words = ThreadLocal.withInitial(WordCache::new);
    /**
     * Each thread's analysis chains, set up once and fed one block after another; Lucene's own
     * per-call reuse lookup costs more than a block's worth of tokens.
     */
    private final ThreadLocal<Map<Language, Chain>> chains = ThreadLocal.withInitial(this::newChains);

    /**
     * One language's chain for one thread: the language's tokeniser, lower case with apostrophes and
     * invisible characters folded, then the language's own folding; and the attributes read from it.
     */
    private static final class Chain {
        final RegionReader reader = new RegionReader();
        final org.apache.lucene.analysis.Tokenizer source;
        final TokenStream stream;
        final FoldingFilter folding;
        final CharTermAttribute term;
        final OffsetAttribute offset;

        Chain(ChainRecipe recipe) {
            source = recipe.source().get();
            folding = new FoldingFilter(source, recipe.lookalikes());
            stream = recipe.languageFolding().apply(folding);
            term = stream.addAttribute(CharTermAttribute.class);
            offset = stream.addAttribute(OffsetAttribute.class);
        }

        /** Points the chain at [from, to) of a text and resets it for reading. */
        void start(String text, int from, int to) throws IOException {
            reader.reset(text, from, to);
            source.setReader(reader);
            stream.reset();
        }
    }

    private Map<Language, Chain> newChains() {
        Map<Language, Chain> map = new EnumMap<>(Language.class);
        recipes.forEach((language, recipe) -> map.put(language, new Chain(recipe)));
        return map;
    }

    /**
     * A reader over part of a string, reused for every block: no copy of the text is made. It leaves
     * out the invisible characters of {@link Lookalikes#isDropped} (so "pol&#x200B;iceman" is one word,
     * and a bidi override cannot hide one), and, as a Lucene char filter, maps the tokeniser's offsets
     * back to the text's own: positions still point at the original chars.
     */
    private static final class RegionReader extends org.apache.lucene.analysis.CharFilter {
        private String text;
        private int pos;
        private int end;
        /** Chars handed out so far, and the (handed-out count, chars skipped so far) pairs where skipping happened. */
        private int emitted;
        private int[] at = new int[8];
        private int[] skipped = new int[8];
        private int points;

        RegionReader() {
            super(java.io.Reader.nullReader());
        }

        void reset(String text, int from, int to) {
            this.text = text;
            this.pos = from;
            this.end = to;
            this.emitted = 0;
            this.points = 0;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            while (pos < end) {
                int n = Math.min(len, end - pos);
                if (n > 1 && n < end - pos && Character.isHighSurrogate(text.charAt(pos + n - 1))) {
                    n--; // keep a surrogate pair in one read, so it is judged as one character
                }
                text.getChars(pos, pos + n, buf, off);
                // Most stretches hold nothing to leave out: find the first such char before moving any.
                int first = off;
                while (first < off + n && (buf[first] < 0x80 || !startsDropped(buf, first, off + n))) {
                    first++;
                }
                if (first == off + n) {
                    pos += n;
                    emitted += n;
                    return n;
                }
                int w = first;
                for (int r = first; r < off + n; r++) {
                    char c = buf[r];
                    if (c >= 0x80) {
                        int cp = c;
                        int width = 1;
                        if (Character.isHighSurrogate(c) && r + 1 < off + n && Character.isLowSurrogate(buf[r + 1])) {
                            cp = Character.toCodePoint(c, buf[r + 1]);
                            width = 2;
                        }
                        if (Lookalikes.isDropped(cp)) {
                            r += width - 1;
                            mark(emitted + (w - off), width);
                            continue;
                        }
                    }
                    buf[w++] = c;
                }
                pos += n;
                emitted += w - off;
                if (w > off) {
                    return w - off;
                }
                // Nothing but invisible chars in this stretch: read on.
            }
            return -1;
        }

        /** Whether the char at {@code i} (with its low surrogate) is one {@link Lookalikes#isDropped} leaves out. */
        private static boolean startsDropped(char[] buf, int i, int limit) {
            char c = buf[i];
            if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(buf[i + 1])) {
                return Lookalikes.isDropped(Character.toCodePoint(c, buf[i + 1]));
            }
            return Lookalikes.isDropped(c);
        }

        /** {@code width} chars left out where the output had {@code out} chars. */
        private void mark(int out, int width) {
            int total = (points == 0 ? 0 : skipped[points - 1]) + width;
            if (points > 0 && at[points - 1] == out) {
                skipped[points - 1] = total;
                return;
            }
            if (points == at.length) {
                at = java.util.Arrays.copyOf(at, points * 2);
                skipped = java.util.Arrays.copyOf(skipped, points * 2);
            }
            at[points] = out;
            skipped[points] = total;
            points++;
        }

        @Override
        protected int correct(int currentOff) {
            // The last point at or before the offset says how many chars were left out before it.
            int lo = 0;
            int hi = points - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (at[mid] <= currentOff) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found < 0 ? currentOff : currentOff + skipped[found];
        }

        @Override
        public void close() {
            // Reused: closing a block's stream must not end the reader.
        }
    }

    private final Hashtags hashtags;

    public Tokenizer() {
        this(Set.of());
    }

    /**
     * @param hashtagWords lower-case words the rules use, to split a hashtag written in one case
     *                     ("#womenaretrash"); empty: hashtags split only at capitals ("#WomenAreTrash")
     */
    public Tokenizer(Set<String> hashtagWords) {
        this.hashtags = new Hashtags(hashtagWords);
        recipes.put(Language.EN, new ChainRecipe(StandardTokenizer::new, chain -> chain, true));
        // Urdu: ICU's NFKC case folding already turns fullwidth and compatibility forms into letters.
        recipes.put(Language.UR, new ChainRecipe(ICUTokenizer::new,
                chain -> new UrduFoldingFilter(new ICUNormalizer2Filter(chain)), false));
        recipes.put(Language.ROMAN_UR, new ChainRecipe(StandardTokenizer::new, RomanUrduFoldingFilter::new, true));
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
        Chain chain = chains.get().get(language);
        try {
            chain.start(text, from, to);
            TokenStream stream = chain.stream;
            WordCache cache = words.get();
            while (stream.incrementToken()) {
                int s = from + chain.offset.startOffset();
                int e = from + chain.offset.endOffset();
                if (chain.term.length() == 0) {
                    continue;
                }
                // Invisible chars left out at a word's edges stay outside it: a fix then keeps them.
                while (s < e && Lookalikes.isDropped(text.codePointAt(s))) {
                    s += Character.charCount(text.codePointAt(s));
                }
                while (e > s && Lookalikes.isDropped(text.codePointBefore(e))) {
                    e -= Character.charCount(text.codePointBefore(e));
                }
                String norm = cache.intern(chain.term.buffer(), chain.term.length());
                // A plural possessive ("chairpersons'") keeps its apostrophe, which UAX #29 leaves off.
                if (language == Language.EN && e < to && isApostrophe(text.charAt(e)) && endsWithS(text, e)
                        && (e + 1 == to || !Character.isLetterOrDigit(text.charAt(e + 1)))) {
                    e++;
                    norm = norm + "'";
                }
                if (language != Language.UR && norm.indexOf('.') > 0 && addJoinedAtStops(text, s, e, norm, language, tokens)) {
                    continue;
                }
                if (language != Language.UR && s > 0 && text.charAt(s - 1) == '#' && addHashtagParts(text, s, e, language, tokens)) {
                    continue;
                }
                if (language == Language.EN && chain.folding.elongated) {
                    // "sooo", "dumbbb": no English word has three of a letter in a row. The word is read
                    // with the run as two letters ("soo") and, as an alternative, one ("so").
                    tokens.add(s, e, collapseRuns(norm, 2));
                    tokens.setAlternative(tokens.size() - 1, collapseRuns(norm, 1));
                    continue;
                }
                tokens.add(s, e, norm);
            }
            stream.end();
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of a stretch tokenised as English, read as Roman Urdu: each normal form folded by
     * {@link RomanUrduFolding}, which is what the Roman Urdu chain does after the English one. One
     * tokenisation then serves both Latin-script languages of a code-mixed text.
     */
    public Tokens asRomanUrdu(Tokens english) {
        return english.refolded(folds.get()::fold);
    }

    /** Roman Urdu folding of one English normal form, cached per thread (see {@link #asRomanUrdu}). */
    public String foldRomanUrdu(String englishNorm) {
        return folds.get().fold(englishNorm);
    }

    /** Recently folded words, per thread: a direct-mapped cache keyed by the interned normal form. */
    private final ThreadLocal<FoldCache> folds = ThreadLocal.withInitial(FoldCache::new);

    private static final class FoldCache {
        private static final int SIZE = 1 << 16;
        private final String[] keys = new String[SIZE];
        private final String[] values = new String[SIZE];

        String fold(String word) {
            int h = word.hashCode();
            int slot = (h ^ (h >>> 13)) & (SIZE - 1);
            String k = keys[slot];
            if (k == word || word.equals(k)) {
                return values[slot];
            }
            String folded = RomanUrduFolding.fold(word);
            keys[slot] = word;
            values[slot] = folded;
            return folded;
        }
    }

    /** The word with every run of three or more of one letter cut to {@code keep} letters. */
    static String collapseRuns(String word, int keep) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            char c = word.charAt(i);
            int end = i + 1;
            while (end < word.length() && word.charAt(end) == c) {
                end++;
            }
            int length = end - i;
            for (int k = 0; k < (length >= 3 ? Math.min(keep, length) : length); k++) {
                b.append(c);
            }
            i = end;
        }
        return b.toString();
    }

    /** Domain endings: a word joined to one by a full stop is a web address, kept whole. */
    private static final java.util.Set<String> DOMAIN_ENDINGS = java.util.Set.of("com", "org", "net", "edu", "gov",
            "mil", "int", "pk", "uk", "io", "co", "info", "biz", "tv", "ly", "app", "dev", "au", "ca", "de", "fr",
            "ae", "sa", "bd", "html", "php", "pdf");

    /**
     * Words joined by a full stop with no space after it ("hijra.he", "kutta.tu"), as posts type
     * them, are separate words; Unicode word boundaries keep them as one. Left whole: numbers
     * ("3.5"), abbreviations of short parts ("U.S", "e.g", "Ph.D": fewer than two parts of two
     * letters or more), web addresses and e-mail (a part such as "com", or an @, / or : touching
     * the word). The parts keep their places in the text.
     *
     * @return false when the word is left whole (the caller adds it)
     */
    private static boolean addJoinedAtStops(String text, int s, int e, String norm, Language language, Tokens tokens) {
        if (s > 0 && "@/:".indexOf(text.charAt(s - 1)) >= 0 || e < text.length() && "@/:".indexOf(text.charAt(e)) >= 0) {
            return false;
        }
        String[] parts = norm.split("\\.", -1);
        int longParts = 0;
        for (String p : parts) {
            if (p.isEmpty() || DOMAIN_ENDINGS.contains(p)) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (Character.isDigit(p.charAt(i))) {
                    return false;
                }
            }
            if (p.length() >= 2) {
                longParts++;
            }
        }
        // The text's stops must be the word's own (a fullwidth stop folds to "." but is one char too).
        int[] stops = new int[parts.length - 1];
        int found = 0;
        for (int k = s; k < e && found <= stops.length; k++) {
            if (text.charAt(k) == '.') {
                if (found == stops.length) {
                    return false;
                }
                stops[found++] = k;
            }
        }
        if (longParts < 2 || found != stops.length) {
            return false;
        }
        int from = s;
        for (int k = 0; k < parts.length; k++) {
            int to = k < stops.length ? stops[k] : e;
            String part = language == Language.ROMAN_UR ? RomanUrduFolding.fold(parts[k]) : parts[k];
            tokens.add(from, to, part);
            from = to + 1;
        }
        return true;
    }

    /**
     * A hashtag's words ({@link Hashtags}), each in its place in the text and normalised as the
     * language's chain would (lower case; Roman Urdu folded).
     *
     * @return false when the hashtag stays one word (the caller adds it)
     */
    private boolean addHashtagParts(String text, int s, int e, Language language, Tokens tokens) {
        List<Integer> parts = hashtags.split(text.substring(s, e));
        if (parts == null) {
            return false;
        }
        int at = s;
        for (int length : parts) {
            String word = text.substring(at, at + length).toLowerCase(java.util.Locale.ROOT);
            tokens.add(at, at + length, language == Language.ROMAN_UR ? RomanUrduFolding.fold(word) : word);
            at += length;
        }
        return true;
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

    /** Invisible format characters a word may hold and its folded form leaves out (see {@link Lookalikes}). */
    static boolean isInvisible(char c) {
        return c >= 0x80 && Lookalikes.isInvisible(c);
    }

    @Override
    public void close() {
        chains.remove();
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4'
                || c == '\u2032';
    }

    private static boolean endsWithS(String text, int end) {
        char c = text.charAt(end - 1);
        return c == 's' || c == 'S';
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

        /** Whether look-alike letters are folded too (Latin-script chains; Urdu has its own folding). */
        private final boolean lookalikes;
        /** The last word had three or more of one letter in a row ("sooo"): worked out in the same pass. */
        boolean elongated;

        FoldingFilter(TokenStream input, boolean lookalikes) {
            super(input);
            this.lookalikes = lookalikes;
        }

        /** Lower case, apostrophes folded, invisible characters dropped: one pass over the word. */
        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buf = term.buffer();
            int len = term.length();
            int w = 0;
            boolean beyondAscii = false;
            boolean run = false;
            for (int r = 0; r < len; r++) {
                char c = buf[r];
                if (c < 0x80 && c != '`') {
                    char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    run |= w >= 2 && lower >= 'a' && lower <= 'z' && buf[w - 1] == lower && buf[w - 2] == lower;
                    buf[w++] = lower;
                } else if (isApostrophe(c)) {
                    buf[w++] = '\'';
                } else if (isInvisible(c)) {
                    continue;
                } else if (Character.isHighSurrogate(c) && r + 1 < len && Character.isLowSurrogate(buf[r + 1])) {
                    int lower = Character.toLowerCase(Character.toCodePoint(c, buf[r + 1]));
                    w += Character.toChars(lower, buf, w);
                    r++;
                    beyondAscii = true;
                } else {
                    buf[w++] = Character.toLowerCase(c);
                    beyondAscii = true;
                }
            }
            term.setLength(w);
            elongated = run;
            if (lookalikes && beyondAscii) {
                // Rare in prose (accented names, curly quotes are handled above): fullwidth,
                // mathematical and mixed-script look-alike letters fold to the plain word.
                String folded = Lookalikes.fold(term);
                term.setEmpty().append(folded);
            }
            return true;
        }
    }

    /**
     * A direct-mapped cache from a word's chars to one String for it. Prose repeats a few thousand
     * words endlessly; reusing their strings saves an allocation per token, and a reused string's
     * hash code is computed once, which the matcher's lookups then get for free.
     */
    private static final class WordCache {
        private static final int SIZE = 1 << 14;
        private static final int MAX_LENGTH = 32;
        private final String[] strings = new String[SIZE];
        /** The chars of each cached string, compared with a vectorised array check. */
        private final char[][] chars = new char[SIZE][];

        String intern(char[] buf, int len) {
            if (len > MAX_LENGTH) {
                return new String(buf, 0, len);
            }
            int h = 0;
            for (int i = 0; i < len; i++) {
                h = 31 * h + buf[i];
            }
            int slot = (h ^ (h >>> 14)) & (SIZE - 1);
            char[] cached = chars[slot];
            if (cached != null && cached.length == len && same(cached, buf, len)) {
                return strings[slot];
            }
            String fresh = new String(buf, 0, len);
            strings[slot] = fresh;
            chars[slot] = java.util.Arrays.copyOf(buf, len);
            return fresh;
        }

        /** A plain loop: words are short, and this beats the general array comparison here. */
        private static boolean same(char[] a, char[] b, int len) {
            for (int i = 0; i < len; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
