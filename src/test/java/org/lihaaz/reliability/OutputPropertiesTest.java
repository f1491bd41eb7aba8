package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.batch.BatchCheck;
import org.lihaaz.batch.BatchOptions;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Edit;
import org.lihaaz.format.Format;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Report;
import org.lihaaz.report.Reporters;
import org.lihaaz.rule.Rule;
import org.lihaaz.internal.source.SourceDecoder;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.suppress.Policy;
import org.lihaaz.testing.FixInvariants;
import org.lihaaz.testing.Invariants;
import org.lihaaz.testing.RandomDocs;

/**
 * Property tests over seeded random documents of every text format (built-in rules, every
 * sureness): the invariants of {@link Invariants} and {@link FixInvariants} hold for each, and the
 * report is the same across runs, thread counts and a shared engine. Seeds are fixed, so a failure
 * names its seed and replays; {@code -Dlihaaz.propertySeeds=N} runs more.
 */
class OutputPropertiesTest {
    private static final int SEEDS = Integer.getInteger("lihaaz.propertySeeds", 40);
    private static final List<Format> FORMATS = List.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.SUBRIP,
            Format.WEBVTT, Format.FOUNTAIN);
    private static final Lihaaz ENGINE = Lihaaz.builder()
            .policy(Policy.builder().minSureness(Rule.Sureness.LOW).build()).language(LanguageChoice.AUTO).build();
    private static final RandomDocs DOCS = new RandomDocs(ENGINE.rules());

    @TempDir
    Path dir;

    private static byte[] doc(int seed, Format format) {
        return DOCS.document(new Random(seed * 31L + format.ordinal()), format).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findingsLieInsideTheFileAndTheirPositionsAgree() {
        int findings = 0;
        for (Format format : FORMATS) {
            for (int seed = 0; seed < SEEDS; seed++) {
                byte[] bytes = doc(seed, format);
                Decoded decoded = SourceDecoder.decode(bytes);
                try {
                    Invariants.prose(org.lihaaz.internal.format.Readers.of(format, org.lihaaz.format.ReaderOptions.DEFAULTS).read(decoded.text()));
                    FileReport r = ENGINE.check(Input.ofBytes("d." + format.extensions().get(0), bytes, format));
                    Invariants.findings(r);
                    findings += r.findings().size();
                } catch (AssertionError e) {
                    throw new AssertionError(format + " seed " + seed + ": " + e.getMessage(), e);
                }
            }
        }
        assertTrue(findings > SEEDS * FORMATS.size(), "the documents have findings to check: " + findings);
    }

    @Test
    void fixesChangeOnlyTheirSpansLeaveNothingThereAndASecondFixChangesNothing() {
        int edits = 0;
        for (Format format : FORMATS) {
            for (int seed = 0; seed < SEEDS; seed++) {
                try {
                    List<Edit> made = FixInvariants.check(ENGINE, Path.of("/drafts/d." + format.extensions().get(0)), format,
                            doc(seed, format));
                    edits += made.size();
                } catch (AssertionError e) {
                    throw new AssertionError(format + " seed " + seed + ": " + e.getMessage(), e);
                }
            }
        }
        assertTrue(edits > SEEDS, "the documents have fixes to check: " + edits);
    }

    @Test
    void theReportIsTheSameAcrossRunsAndThreadCounts() throws IOException {
        for (Format format : FORMATS) {
            for (int seed = 0; seed < SEEDS; seed++) {
                Files.write(dir.resolve("d" + seed + "." + format.extensions().get(0)), doc(seed, format));
            }
        }
        String once = json(1);
        assertEquals(once, json(1), "a second run");
        assertEquals(once, json(2), "two threads");
        assertEquals(once, json(8), "eight threads");
        assertTrue(once.contains("\"rule\""), "the corpus has findings");
    }

    private String json(int threads) {
        Report r = new BatchCheck(new BatchOptions(LanguageChoice.AUTO, List.of(), List.of(), List.of(), null, threads,
                null, Rule.Sureness.LOW)).run(List.of(dir.toString()), InputStream.nullInputStream());
        StringWriter out = new StringWriter();
        try {
            Reporters.create("json", new Reporters.Options(false, true)).orElseThrow().write(r, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void oneEngineSharedByEightThreadsGivesTheSingleThreadResults() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (Format format : FORMATS) {
            for (int seed = 0; seed < SEEDS; seed++) {
                inputs.add(Input.ofBytes("d" + seed + "." + format.extensions().get(0), doc(seed, format), format));
            }
        }
        List<String> single = new ArrayList<>();
        for (Input in : inputs) {
            single.add(describe(ENGINE.check(in)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(round));
                List<Future<String>> futures = new ArrayList<>(Collections.nCopies(inputs.size(), null));
                for (int i : order) {
                    futures.set(i, pool.submit(() -> describe(ENGINE.check(inputs.get(i)))));
                }
                for (int i = 0; i < inputs.size(); i++) {
                    assertEquals(single.get(i), futures.get(i).get(), "input " + i + " in round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everything a reporter shows of a file's result. */
    private static String describe(FileReport r) {
        StringBuilder b = new StringBuilder(r.path()).append(' ').append(r.language()).append('\n');
        r.problems().forEach(p -> b.append(p).append('\n'));
        r.findings().forEach(f -> b.append(f.ruleId()).append(' ').append(f.level()).append(' ').append(f.start())
                .append(' ').append(f.end()).append(' ').append(f.match()).append(' ').append(f.suggestions()).append(' ')
                .append(f.message()).append(' ').append(f.anchor()).append(' ').append(f.wordBefore()).append('\n'));
        return b.toString();
    }
}
