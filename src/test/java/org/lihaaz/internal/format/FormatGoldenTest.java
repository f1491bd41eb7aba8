package org.lihaaz.internal.format;

import org.lihaaz.format.Format;
import org.lihaaz.format.ReaderOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.report.FileReport;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.testing.Golden;

/**
 * One input file per format in {@code src/test/resources/formats/}, checked with the small rule pack
 * beside them; the findings (line:column, rule, match, and the cue or paragraph anchor) must be
 * exactly those in {@code <file>.expected}. The inputs hold what readers get wrong: entities,
 * multi-byte characters and emoji, CRLF, a BOM, sentences split across subtitle cues, markup and
 * metadata that must be skipped. Run with {@code -Dlihaaz.golden.write=true} to rewrite the
 * expected files after a deliberate change, and read the diff.
 */
class FormatGoldenTest {
    private static final Path DIR = Golden.resources("formats");
    private static Lihaaz engine;

    @BeforeAll
    static void engine() {
        engine = Golden.engine(DIR.resolve("rules"));
    }

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("golden."))
                    .filter(n -> !n.endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void findingsAndPositionsAreTheExpectedOnes(String name) throws IOException {
        Path input = DIR.resolve(name);
        assertTrue(Format.forFileName(name).isPresent(), name + " has a known format");
        FileReport report = engine.check(Input.ofFile(input, name));
        assertEquals(List.of(), report.problems(), "problems reading " + name);
        List<String> actual = new ArrayList<>();
        for (Finding f : report.findings()) {
            actual.add(Golden.line(f));
        }
        Path expectedFile = DIR.resolve(name + ".expected");
        if (Boolean.getBoolean("lihaaz.golden.write")) {
            Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        List<String> expected = Golden.read(expectedFile).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), name);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyVerbatimCharOfEveryBlockIsTheSourceChar(String name) throws IOException {
        Format format = Format.forFileName(name).orElseThrow();
        FormatReader reader = Readers.of(format, ReaderOptions.DEFAULTS);
        Decoded decoded = reader.decode(Files.readAllBytes(DIR.resolve(name)));
        Prose prose = reader.read(decoded.text());
        String src = decoded.text().text();
        assertFalse(prose.blocks().isEmpty(), name + " has prose");
        for (ProseBlock b : prose.blocks()) {
            for (int i = 0; i < b.text().length(); i++) {
                if (b.map().isVerbatim(i, i + 1)) {
                    assertEquals(b.text().charAt(i), src.charAt(b.map().sourceStart(i)), name + ": block '" + b.text() + "' at " + i);
                }
            }
        }
    }
}
