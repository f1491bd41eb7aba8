package org.lihaaz.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lihaaz.context.CheckCounters;
import org.lihaaz.internal.context.ContextChecker;
import org.lihaaz.internal.context.NlpModels;
import org.lihaaz.context.Verdict;
import org.lihaaz.finding.AnchorRef;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.internal.format.FormatReader;
import org.lihaaz.format.ReaderOptions;
import org.lihaaz.internal.format.Readers;
import org.lihaaz.format.UnreadableException;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.internal.lang.LanguageDetector;
import org.lihaaz.match.Candidate;
import org.lihaaz.internal.match.CodeMixing;
import org.lihaaz.internal.match.Matcher;
import org.lihaaz.internal.match.TermIndex;
import org.lihaaz.prose.Anchor;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.internal.source.PieceReader;
import org.lihaaz.internal.source.SourceDecoder;
import org.lihaaz.source.SourceText;
import org.lihaaz.suppress.Policy;
import org.lihaaz.internal.suppress.Suppressor;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;

/**
 * The Lihaaz engine: build it once with the rules and settings to use, then check any number of
 * inputs, from any number of threads.
 *
 * <pre>{@code
 * Lihaaz lihaaz = Lihaaz.builder().build();              // built-in rules, no configuration
 * Lihaaz project = Lihaaz.fromConfig(Path.of("site/.lihaaz.yml"),
 *         Setup.defaults().withSureness(Rule.Sureness.HIGH).withMessages(MessageChoice.EN));
 * FileReport r = project.check(Input.ofText("post.md", draft));
 * for (Finding f : r.findings()) {
 *     // f.ruleId(), f.category(), f.level(), f.language(), f.start().line(), f.start().column(),
 *     // f.start().offset(), f.length(), f.match(), f.suggestions(), f.message(), f.advice()
 * }
 * r.problems();                                          // what could not be read, as values
 * }</pre>
 *
 * Each input passes through the pipeline once: source → format reader → prose blocks → language →
 * tokens → candidate matches → context checks → findings → suppressions.
 */
public final class Lihaaz {
    private final RuleSet rules;
    private final LanguageChoice language;
    private final Tokenizer tokenizer;
    private final Matcher matcher;
    private final CodeMixing mixing;
    private final ContextChecker context;
    private final Suppressor suppressor;
    private final NlpModels models;
    private final LanguageDetector detector = new LanguageDetector();
    private final ReaderOptions readerOptions;
    private final long pieceThreshold;
    private final int pieceChars;
    private final int maxFindings;
    private final int pieceWorkers;

    private Lihaaz(Builder b, RuleSet all, TermIndex.Precompiled precompiled) {
        this.rules = all.filter(b.policy::isEnabled);
        this.language = b.language;
        this.readerOptions = b.readerOptions;
        this.pieceThreshold = b.pieceThreshold;
        this.pieceChars = b.pieceChars;
        this.maxFindings = b.maxFindings;
        this.pieceWorkers = b.pieceWorkers;
        this.tokenizer = new Tokenizer(hashtagWords(rules));
        this.models = new NlpModels();
        this.matcher = new Matcher(precompiled == null ? TermIndex.compile(rules, tokenizer)
                : TermIndex.compile(rules, tokenizer, precompiled));
        this.context = new ContextChecker(rules, tokenizer, models, b.messages);
        this.mixing = CodeMixing.builtIn(tokenizer);
        this.suppressor = new Suppressor(b.policy, tokenizer);
    }

    /**
     * The Latin-script words the rules use (in their terms and the word classes they name), to split
     * a hashtag written in one case ("#womenaretrash") into words a rule can match.
     */
    private static java.util.Set<String> hashtagWords(RuleSet rules) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (org.lihaaz.rule.Rule r : rules.rules()) {
            if (r.language() == Language.UR) {
                continue;
            }
            r.terms().forEach(t -> addLetterRuns(t, words));
            r.classes().values().forEach(c -> c.words().forEach(w -> addLetterRuns(w, words)));
        }
        return words;
    }

    private static void addLetterRuns(String text, java.util.Set<String> words) {
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The engine {@code lihaaz check} would use for a project: the built-in packs, the configuration
     * file {@code lihaazYml} (its packs, rules, allow list, language, messages), and {@code setup} over
     * it. A program that builds engines for many projects shares the built-in packs through one {@link
     * Engines}.
     *
     * @throws org.lihaaz.yaml.YamlException when the file cannot be read or is not a valid configuration
     * @throws SetupException when its rules cannot be loaded, or the setup names an unknown rule
     */
    public static Lihaaz fromConfig(Path lihaazYml, Setup setup) {
        return new Engines(setup).forConfigFile(lihaazYml);
    }

    /**
     * The engine for a file, with the nearest {@code .lihaaz.yml} in its folder or above (the defaults
     * when there is none) and {@code setup} over it.
     *
     * @throws org.lihaaz.yaml.YamlException when that configuration is broken
     * @throws SetupException when its rules cannot be loaded, or the setup names an unknown rule
     */
    public static Lihaaz forFile(Path file, Setup setup) {
        return new Engines(setup).forFile(file);
    }

    /** The rules this engine checks with (after the policy turned some off). */
    public RuleSet rules() {
        return rules;
    }

    /** True once an OpenNLP model has been loaded; a run whose files had no candidates loads none. */
    public boolean modelsLoaded() {
        return models.anyLoaded();
    }

    public FileReport check(Input input) {
        return check(input, null, new CheckCounters());
    }

    /**
     * Checks one input.
     *
     * @param verdicts when not null, receives the verdict on every candidate (for rule tests and debugging)
     * @param counters receives counts of the NLP work done
     */
    public FileReport check(Input input, List<Verdict> verdicts, CheckCounters counters) {
        return readsInPieces(input) ? checkInPieces(input, verdicts, counters)
                : checkWhole(input, verdicts, counters, null, null);
    }

    /**
     * Checks a text that is checked again after each change (an editor's document): blocks unchanged
     * since the previous check through {@code cache} take that check's findings, moved to where they
     * now are, and only changed blocks are matched and judged. The report is the one {@link
     * #check(Input)} gives for the same input; the input is always read whole.
     *
     * @param cache the findings per block of the previous check of this text; updated
     * @param stop  asked between blocks; when it answers true the check ends with a {@link
     *              java.util.concurrent.CancellationException} and the cache keeps the previous check
     */
    public FileReport check(Input input, BlockCache cache, java.util.function.BooleanSupplier stop) {
        cache.begin(this);
        try {
            FileReport r = checkWhole(input, null, new CheckCounters(), cache, stop);
            cache.end();
            return r;
        } catch (RuntimeException e) {
            cache.abandon();
            throw e;
        }
    }

    private FileReport checkWhole(Input input, List<Verdict> verdicts, CheckCounters counters, BlockCache cache,
            java.util.function.BooleanSupplier stop) {
        byte[] bytes;
        try {
            bytes = input.readBytes();
        } catch (IOException e) {
            return unreadable(input, e);
        }
        FormatReader reader = Readers.of(input.format(), readerOptions);
        Decoded decoded;
        try {
            decoded = reader.decode(bytes);
        } catch (IOException e) {
            return FileReport.failed(input.name(), Problem.error(e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        decoded.warnings().forEach(w -> problems.add(Problem.warning(w)));
        if (!decoded.isText()) {
            problems.add(Problem.notice("skipped: " + decoded.skipped()));
            return new FileReport(input.name(), fallbackLanguage(), List.of(), problems, null);
        }
        Prose prose;
        try {
            prose = reader.read(decoded.text());
        } catch (UnreadableException e) {
            return FileReport.failed(input.name(), Problem.error(e.getMessage()));
        }
        Checked checked = checkProse(prose, List.of(), verdicts, counters, cache, stop);
        List<Finding> findings = checked.findings();
        if (findings.size() > maxFindings) {
            problems.add(tooManyFindings(findings.size()));
            findings = List.copyOf(findings.subList(0, maxFindings));
        }
        return new FileReport(input.name(), predominant(checked.chars()), findings, problems, prose.source(), input.path(),
                input.tree());
    }

    /** What checking one piece of prose found, and the disable regions it leaves open. */
    private record Checked(List<Finding> findings, Map<Language, Integer> chars, List<Directive> openAtEnd) {
    }

    /**
     * Checks the prose of one text: each block, each stretch of one language in it; then suppression.
     *
     * @param inherited disable regions opened in earlier pieces of the same file
     */
    private Checked checkProse(Prose prose, List<Directive> inherited, List<Verdict> verdicts, CheckCounters counters) {
        return checkProse(prose, inherited, verdicts, counters, null, null);
    }

    /**
     * @param cache when not null, findings of unchanged blocks come from it and it learns the others
     * @param stop  when not null, asked before each block; true cancels the check
     */
    private Checked checkProse(Prose prose, List<Directive> inherited, List<Verdict> verdicts, CheckCounters counters,
            BlockCache cache, java.util.function.BooleanSupplier stop) {
        List<Finding> findings = new ArrayList<>();
        Map<Language, Integer> chars = new HashMap<>();
        for (ProseBlock block : prose.blocks()) {
            if (stop != null && stop.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("check cancelled");
            }
            BlockCache.Probe probe = cache == null ? null : BlockCache.probe(block, prose.source());
            if (probe != null) {
                List<Finding> cached = cache.lookup(probe, prose.source(), chars);
                if (cached != null) {
                    findings.addAll(cached);
                    continue;
                }
            }
            int before = findings.size();
            Map<Language, Integer> blockChars = probe == null ? chars : new HashMap<>();
            String text = block.text();
            // A block may switch language between sentences; each stretch is matched with its own rules.
            for (LanguageDetector.Span part : detector.segments(language, text)) {
                Language lang = part.language();
                blockChars.merge(lang, part.end() - part.start(), Integer::sum);
                if (lang == Language.UR) {
                    Tokens tokens = Tokenizer.empty(text);
                    tokenizer.tokenize(text, part.start(), part.end(), lang, tokens);
                    List<Candidate> candidates = matcher.match(tokens, lang);
                    if (!candidates.isEmpty()) {
                        findings.addAll(context.check(block, tokens, lang, candidates, prose.source(), counters, verdicts));
                    }
                } else {
                    checkLatin(block, part, prose.source(), counters, verdicts, findings);
                }
            }
            if (probe != null) {
                cache.store(probe, findings.subList(before, findings.size()), blockChars);
                blockChars.forEach((l, n) -> chars.merge(l, n, Integer::sum));
            }
        }
        List<Directive> directives = prose.directives();
        if (!inherited.isEmpty()) {
            directives = new ArrayList<>(inherited);
            directives.addAll(prose.directives());
        }
        List<Finding> kept = frozen(anchored(suppressor.apply(findings, directives, prose.source()), prose), prose);
        return new Checked(kept, chars, Suppressor.openAtEnd(inherited, prose.directives()));
    }

    /**
     * A stretch of English or Roman Urdu, checked with its own language's rules and, word by word,
     * with the other Latin-script language's (code-mixed text, see {@link CodeMixing}). The words are
     * tokenised once, as English; Roman Urdu reads the same words folded. A match of the other
     * language's rules whose words are all ordinary words of the stretch's language is dropped, and
     * where a finding of each language covers the same words, the stretch's own language's is kept.
     */
    private void checkLatin(ProseBlock block, LanguageDetector.Span part, SourceText source, CheckCounters counters,
            List<Verdict> verdicts, List<Finding> findings) {
        String text = block.text();
        Language lang = part.language();
        Language other = CodeMixing.other(lang);
        Tokens english = Tokenizer.empty(text);
        tokenizer.tokenize(text, part.start(), part.end(), Language.EN, english);
        Tokens folded = null;
        Tokens own;
        Tokens cross;
        if (lang == Language.ROMAN_UR) {
            folded = tokenizer.asRomanUrdu(english);
            own = folded;
            cross = english;
        } else {
            own = english;
            cross = null;
            if (mixing.mayHoldRomanUrdu(english, matcher, tokenizer)) {
                folded = tokenizer.asRomanUrdu(english);
                cross = folded;
            }
        }
        List<Candidate> candidates = matcher.match(own, lang);
        List<Finding> ownFindings = candidates.isEmpty() ? List.of()
                : context.check(block, own, lang, candidates, source, counters, verdicts);
        findings.addAll(ownFindings);
        if (cross == null) {
            return;
        }
        List<Candidate> mixed = mixing.keep(matcher.match(cross, other), candidates, english, folded, lang);
        if (mixed.isEmpty()) {
            return;
        }
        for (Finding f : context.check(block, cross, other, mixed, source, counters, verdicts)) {
            if (!overlapsAny(f, ownFindings)) {
                findings.add(f);
            }
        }
    }

    private static boolean overlapsAny(Finding f, List<Finding> others) {
        for (Finding o : others) {
            if (f.sourceStart() < o.sourceEnd() && o.sourceStart() < f.sourceEnd()) {
                return true;
            }
        }
        return false;
    }

    /** By default, files larger than this are read and checked piece by piece (plain text and Markdown). */
    public static final long PIECE_THRESHOLD_BYTES = 8L * 1024 * 1024;
    /** About how many chars a piece holds by default. */
    public static final int PIECE_CHARS = 2 * 1024 * 1024;
    /** At most this many findings are reported for one file; the rest are counted in a warning. */
    public static final int MAX_FINDINGS_PER_FILE = 100_000;

    private boolean readsInPieces(Input input) {
        if (input.path() == null || (input.format() != Format.TEXT && input.format() != Format.MARKDOWN)) {
            return false;
        }
        try {
            return Files.size(input.path()) > pieceThreshold;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A large plain-text or Markdown file, read and checked in pieces that end at paragraph breaks:
     * memory stays bounded whatever the file's size. Findings are placed in the whole file; the
     * report keeps no whole text (each finding keeps the text around it).
     */
    private FileReport checkInPieces(Input input, List<Verdict> verdicts, CheckCounters counters) {
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input.path()), 1 << 16)) {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            Decoded sniff = SourceDecoder.decode(head);
            if (!sniff.isText() || SourceDecoder.hasUtf16Bom(head)) {
                // Binary, or not UTF-8: the whole-file path says why, or decodes it.
                return checkWhole(input, verdicts, counters, null, null);
            }
            List<Finding> findings = new ArrayList<>();
            Map<Language, Integer> chars = new HashMap<>();
            List<Directive> open = List.of();
            long found = 0;
            int stoppedAtLine = 0;
            PieceReader pieces = new PieceReader(in, pieceChars, input.format() == Format.MARKDOWN);
            // Pieces are read in order (a disable region may run on from one piece into the next) and
            // checked on a few threads at once; at most a few pieces are in memory at a time.
            boolean parallel = verdicts == null && pieceWorkers > 1;
            ExecutorService pool = parallel ? Executors.newFixedThreadPool(pieceWorkers, Lihaaz::pieceThread) : null;
            Deque<PendingPiece> pending = new ArrayDeque<>();
            try {
                for (PieceReader.Piece p = pieces.next(); p != null; p = pieces.next()) {
                    if (found > maxFindings) {
                        // Past the cap nothing more would be reported: stop rather than grind through a huge non-prose file.
                        stoppedAtLine = p.lineOffset() + 1;
                        break;
                    }
                    if (p.charOffset() + p.text().length() > Integer.MAX_VALUE) {
                        problems.add(Problem.error("file is too large to check (over 2 billion characters); split it"));
                        break;
                    }
                    ReaderOptions options = p.index() == 0 ? readerOptions : readerOptions.asContinuation();
                    Prose prose = Readers.of(input.format(), options).read(new SourceText(p.text()));
                    List<Directive> inherited = open;
                    open = Suppressor.openAtEnd(inherited, prose.directives());
                    if (!parallel) {
                        found = collect(p, checkProse(prose, inherited, verdicts, counters), findings, chars, found);
                        continue;
                    }
                    CheckCounters own = new CheckCounters();
                    pending.add(new PendingPiece(p, own, pool.submit(() -> checkProse(prose, inherited, null, own))));
                    if (pending.size() > pieceWorkers) {
                        found = collect(pending.poll(), findings, chars, found, counters);
                    }
                }
                while (!pending.isEmpty()) {
                    found = collect(pending.poll(), findings, chars, found, counters);
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            if (stoppedAtLine > 0) {
                problems.add(Problem.warning(String.format(java.util.Locale.ROOT,
                        "over %,d findings in this one file; only the first %,d are reported, and checking stopped"
                                + " at line %,d (is it prose?)", maxFindings, maxFindings, stoppedAtLine)));
            } else if (found > maxFindings) {
                problems.add(tooManyFindings(found));
            }
            pieces.warnings().forEach(w -> problems.add(0, Problem.warning(w)));
            return new FileReport(input.name(), predominant(chars), findings, problems, null, input.path(), input.tree());
        } catch (UnreadableException e) {
            return FileReport.failed(input.name(), Problem.error(e.getMessage()));
        } catch (IOException e) {
            return unreadable(input, e);
        }
    }

    /** The report of an input that could not be read, saying why in words a person knows. */
    private static FileReport unreadable(Input input, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "cannot read: permission denied"
                : "cannot read: " + e.getMessage();
        return FileReport.failed(input.name(), Problem.error(why));
    }

    /** A piece handed to a worker, with the counters it fills. */
    private record PendingPiece(PieceReader.Piece piece, CheckCounters counters, Future<Checked> result) {
    }

    private long collect(PendingPiece pending, List<Finding> findings, Map<Language, Integer> chars, long found,
            CheckCounters counters) {
        Checked checked;
        try {
            checked = pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking a large file", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        counters.add(pending.counters());
        return collect(pending.piece(), checked, findings, chars, found);
    }

    /** Adds one piece's findings, placed in the whole file, up to the cap; returns the count found so far. */
    private long collect(PieceReader.Piece p, Checked checked, List<Finding> findings, Map<Language, Integer> chars,
            long found) {
        checked.chars().forEach((l, n) -> chars.merge(l, n, Integer::sum));
        for (Finding f : checked.findings()) {
            if (++found <= maxFindings) {
                findings.add(f.movedBy((int) p.charOffset(), (int) p.codePointOffset(), p.lineOffset(), p.columnOffset()));
            }
        }
        return found;
    }

    private static Thread pieceThread(Runnable r) {
        Thread t = new Thread(r, "lihaaz-piece");
        t.setDaemon(true);
        return t;
    }

    /** Findings past the cap are counted, not kept: a report of millions is unreadable and would fill the memory. */
    private Problem tooManyFindings(long found) {
        return Problem.warning(String.format(java.util.Locale.ROOT,
                "%,d findings in this one file; only the first %,d are reported (is it prose?)", found, maxFindings));
    }

    /**
     * Findings in regions the reader marked as not to be rewritten, or inside a hashtag, carry the
     * reason (a quotation's reason, set earlier, stays).
     */
    private static List<Finding> frozen(List<Finding> findings, Prose prose) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String reason = f.notRewritable() != null ? null : prose.frozenReason(f.sourceStart(), f.sourceEnd());
            out.add(reason == null ? f : f.withNotRewritable(reason));
        }
        return out;
    }

    /** Each finding with the anchor (cue, paragraph) of the region it starts in, where the reader gave one. */
    private static List<Finding> anchored(List<Finding> findings, Prose prose) {
        if (prose.anchors().isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Anchor a = prose.anchorAt(f.sourceStart());
            out.add(a == null ? f : f.withAnchor(new AnchorRef(a,
                    f.start().offset() - prose.source().codePointOffset(a.sourceStart()))));
        }
        return out;
    }

    private Language predominant(Map<Language, Integer> chars) {
        Language best = null;
        for (Language l : Language.values()) {
            Integer n = chars.get(l);
            if (n != null && (best == null || n > chars.get(best))) {
                best = l;
            }
        }
        return best != null ? best : fallbackLanguage();
    }

    private Language fallbackLanguage() {
        return language.isAuto() ? Language.EN : language.fixed();
    }

    public static final class Builder {
        private RuleSet rules;
        private BuiltInRules builtIn;
        private RuleSet extraRules = RuleSet.empty();
        private Policy policy = Policy.none();
        private LanguageChoice language = LanguageChoice.AUTO;
        private MessageChoice messages = MessageChoice.NATIVE;
        private ReaderOptions readerOptions = ReaderOptions.DEFAULTS;
        private long pieceThreshold = PIECE_THRESHOLD_BYTES;
        private int pieceChars = PIECE_CHARS;
        private int maxFindings = MAX_FINDINGS_PER_FILE;
        private int pieceWorkers = Runtime.getRuntime().availableProcessors();

        /** Exactly these rules, instead of the built-in packs. */
        public Builder rules(RuleSet rules) {
            this.rules = rules;
            return this;
        }

        /** The built-in packs, already loaded (share one load between engines); loaded on build otherwise. */
        public Builder builtIn(BuiltInRules builtIn) {
            this.builtIn = builtIn;
            return this;
        }

        /** Rules to check with besides the built-in packs (ids must not repeat). */
        public Builder extraRules(RuleSet extraRules) {
            this.extraRules = extraRules;
            return this;
        }

        public Builder policy(Policy policy) {
            this.policy = policy;
            return this;
        }

        public Builder language(LanguageChoice language) {
            this.language = language;
            return this;
        }

        /** The language of findings' messages: the text's own (default) or English. */
        public Builder messages(MessageChoice messages) {
            this.messages = messages;
            return this;
        }

        /** At most this many findings reported per file (default 100,000); more are counted. */
        public Builder maxFindingsPerFile(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("the finding cap must be at least 1");
            }
            this.maxFindings = max;
            return this;
        }

        /** How many threads check the pieces of one large file at once (default: one per core; 1 checks them in turn). */
        public Builder pieceWorkers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("at least one worker");
            }
            this.pieceWorkers = workers;
            return this;
        }

        /** Every file read whole, whatever its size (up to {@link Input#MAX_BYTES}): rewriting needs the whole text. */
        public Builder wholeFiles() {
            this.pieceThreshold = Long.MAX_VALUE;
            return this;
        }

        /**
         * Plain-text and Markdown files larger than {@code thresholdBytes} are read in pieces of about
         * {@code pieceChars} chars ending at paragraph breaks (defaults 8 MB and 2 M chars): memory stays
         * bounded, positions are those of the whole file.
         */
        public Builder pieces(long thresholdBytes, int pieceChars) {
            if (pieceChars < 1024) {
                throw new IllegalArgumentException("pieces must hold at least 1024 chars");
            }
            this.pieceThreshold = thresholdBytes;
            this.pieceChars = pieceChars;
            return this;
        }

        /** What the format readers are told (which front-matter fields are prose). */
        public Builder readerOptions(ReaderOptions readerOptions) {
            this.readerOptions = readerOptions;
            return this;
        }

        /**
         * @throws BuiltInRules.BrokenRulesException when the built-in packs are needed and do not load
         * @throws org.lihaaz.yaml.YamlException when an extra rule's id repeats a built-in one, or the extra
         *         packs together expand to more than {@link org.lihaaz.internal.rule.RuleBudget#MAX_VARIANTS} variants
         */
        public Lihaaz build() {
            org.lihaaz.internal.rule.RuleBudget.check(extraRules);
            if (rules != null) {
                return new Lihaaz(this, rules.plus(extraRules), null);
            }
            BuiltInRules packs = builtIn != null ? builtIn : BuiltInRules.load();
            return new Lihaaz(this, packs.rules().plus(extraRules), packs.precompiled());
        }
    }
}
