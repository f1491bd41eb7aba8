package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered format, written from the same report, must match its golden file byte for byte.
 * After a deliberate change, regenerate with {@code mvn test -Dtest=GoldenFilesTest
 * -Dlihaaz.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    static Path golden(String format) {
        return DIR.resolve("report." + format);
    }

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
        Report report = GoldenReports.report();
        return Reporters.names().stream().map(format -> DynamicTest.dynamicTest(format, () -> {
            String actual = GoldenReports.render(format, report);
            Path file = golden(format);
            if (Boolean.getBoolean("lihaaz.updateGolden")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), "no golden file for --format " + format + ": " + file);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "--format " + format);
        }));
    }

    @Test
    void theSummaryTableMatchesItsGoldenFile() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        new SummaryTable().write(GoldenReports.report(), out);
        Path file = DIR.resolve("summary.txt");
        if (Boolean.getBoolean("lihaaz.updateGolden")) {
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), out.toString());
    }

    @Test
    void outputIsTheSameOnEveryRun() {
        for (String format : Reporters.names()) {
            assertEquals(GoldenReports.render(format, GoldenReports.report()),
                    GoldenReports.render(format, GoldenReports.report()), format);
        }
    }
}
