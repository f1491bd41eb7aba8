package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** What an editor sharing reports over a folder needs. */
class ReportsForEditorsTest {
    @TempDir
    Path dir;

    @Test
    void aRunNeverChecksAnHtmlReportLihaazWrote() throws Exception {
        Files.writeString(dir.resolve("post.md"), "A spokesman said more help was coming.\n");
        Files.writeString(dir.resolve("page.html"), "<html><body><p>The policeman came.</p></body></html>\n");
        Path report = dir.resolve("report.html");
        Cli.Run first = Cli.run("check", "--format", "html", "-o", report.toString(), dir.toString());
        assertEquals(1, first.code(), first::toString);
        Cli.Run again = Cli.run("check", "--format", "json", dir.toString());
        List<String> paths = new ArrayList<>();
        again.json().get("files").forEach(f -> paths.add(f.get("path").asText()));
        assertEquals(List.of(dir.resolve("page.html").toString(), dir.resolve("post.md").toString()), paths,
                "the report, which quotes every finding, is not checked; other HTML is");
        Cli.Run named = Cli.run("check", "--format", "json", report.toString());
        assertEquals(report.toString(), named.json().at("/files/0/path").asText(), "named on the command line, it is");
    }

    @Test
    void csvRowsCarryTheContextAroundTheMatch() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "# Camp\n\nAt noon a spokesman said, \"more help is coming\", and left.\n");
        Cli.Run r = Cli.run("check", "--format", "csv", post.toString());
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.get(0).contains(",match,context,suggestions,"), rows.get(0));
        assertTrue(rows.get(1).contains(",spokesman,\"At noon a spokesman said, \"\"more help is coming\"\", and left.\","),
                rows.get(1));
    }
}
