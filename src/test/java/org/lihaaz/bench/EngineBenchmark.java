package org.lihaaz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.internal.token.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine on a fixed text, every built-in rule loaded: one operation checks the whole text once.
 * The text is the news corpus beside the project when it is there ({@code ../shared/corpus/en-news-pk}),
 * else the example drafts repeated to about 1 MB. {@code bench/jmh.sh} runs it and turns operations
 * per second into MB/s and tokens/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EngineBenchmark {
    @Param({"../shared/corpus/en-news-pk"})
    public String corpus;

    private final List<Input> inputs = new ArrayList<>();
    private Lihaaz engine;
    private Tokenizer tokenizer;
    private List<String> texts;

    @Setup
    public void setUp() throws IOException {
        texts = load(Path.of(corpus));
        for (int i = 0; i < texts.size(); i++) {
            inputs.add(Input.ofText("doc" + i + ".txt", texts.get(i), Format.TEXT));
        }
        engine = Lihaaz.builder().build();
        tokenizer = new Tokenizer();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long tokens = texts.stream().mapToLong(t -> tokenizer.tokenize(t, Language.EN).size()).sum();
        // bench/jmh.sh reads this line to convert operations into MB and tokens.
        System.out.println("CORPUS bytes=" + bytes + " tokens=" + tokens + " files=" + texts.size());
    }

    /** Read, extract, tokenise, match every rule, check context, suppress: the whole engine. */
    @Benchmark
    public void checkAll(Blackhole bh) {
        for (Input in : inputs) {
            bh.consume(engine.check(in));
        }
    }

    /** Only the tokeniser, for comparison. */
    @Benchmark
    public void tokenizeOnly(Blackhole bh) {
        for (String t : texts) {
            bh.consume(tokenizer.tokenize(t, Language.EN));
        }
    }

    private static List<String> load(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            return out;
        }
        StringBuilder sample = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.sorted().toList()) {
                sample.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        while (out.stream().mapToInt(String::length).sum() < 1_000_000) {
            out.add(sample.toString());
        }
        return out;
    }
}
