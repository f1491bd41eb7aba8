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

    @Test
    void theHtmlReportRanksFilesAndFindingsBySeverityBeforeCount() throws Exception {
        Files.writeString(dir.resolve("many.md"), "A spokesman said so. Another spokesman agreed.\n");
        Files.writeString(dir.resolve("worst.md"), "A spokesman said the policeman came.\n");
        Path config = dir.resolve("lihaaz-config.yml");
        Files.writeString(config, "rules:\n  gender.policeman: error\n");
        Path report = dir.resolve("out/report.html");
        Files.createDirectories(report.getParent());
        Cli.Run r = Cli.run("check", "--config", config.toString(), "--format", "html", "-o", report.toString(),
                dir.resolve("many.md").toString(), dir.resolve("worst.md").toString());
        assertEquals(1, r.code(), r::toString);
        String page = Files.readString(report);
        int findings = page.indexOf("<section class=\"findings\">");
        String sections = page.substring(findings);
        assertTrue(sections.indexOf("worst.md") < sections.indexOf("many.md"), "the file with an error comes first");
        String worst = sections.substring(sections.indexOf("worst.md"), sections.indexOf("</section>", sections.indexOf("worst.md")));
        assertTrue(worst.indexOf("lvl-error") < worst.indexOf("lvl-warning"), "its error before its warning");
    }

    @Test
    void theHtmlReportSaysWhenWhatAndWithWhichSettings() throws Exception {
        Files.writeString(dir.resolve("post.md"), "A spokesman said more help was coming.\n");
        Path config = dir.resolve("house.yml");
        Files.writeString(config, "sureness: high\n");
        Path report = dir.resolve("out/report.html");
        Files.createDirectories(report.getParent());
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Cli.Run r = Cli.run("check", "--config", config.toString(), "--lang", "en", "--format", "html", "-o",
                report.toString(), dir.resolve("post.md").toString());
        assertEquals(1, r.code(), r::toString);
        String page = Files.readString(report);
        String header = page.substring(page.indexOf("<dl class=\"run\">"), page.indexOf("</dl>"));
        String made = header.replaceAll(".*<dt>Made</dt><dd dir=\"auto\">([^<]+)</dd>.*", "$1");
        java.time.Instant at = java.time.LocalDateTime.parse(made.replace(" UTC", "").replace(' ', 'T'))
                .toInstant(java.time.ZoneOffset.UTC);
        assertTrue(!at.isBefore(before) && !at.isAfter(java.time.Instant.now()), made);
        assertTrue(header.contains("<dt>Checked</dt><dd dir=\"auto\">" + dir.resolve("post.md") + "</dd>"), header);
        assertTrue(header.contains("<dt>Configuration</dt><dd dir=\"auto\">" + config), header);
        assertTrue(header.contains("<dt>Language</dt><dd dir=\"auto\">en</dd>"), header);
        assertTrue(header.contains("<dt>Sureness</dt><dd dir=\"auto\">high and surer</dd>"), "from the configuration: " + header);
    }

    @Test
    void theHtmlReportFiltersByRuleAndFileSearchesTextAndKeepsTheChoiceInTheAddress() throws Exception {
        Files.writeString(dir.resolve("a.md"), "A spokesman said so.\n");
        Files.writeString(dir.resolve("b.md"), "The policeman came.\n");
        Path report = dir.resolve("out/report.html");
        Files.createDirectories(report.getParent());
        Cli.Run r = Cli.run("check", "--format", "html", "-o", report.toString(), dir.resolve("a.md").toString(),
                dir.resolve("b.md").toString());
        assertEquals(1, r.code(), r::toString);
        String page = Files.readString(report);
        assertTrue(page.contains("<select data-filter=\"rule\"><option value=\"\">all</option><option>gender.policeman</option><option>gender.spokesman</option></select>"), page);
        assertTrue(page.contains("<select data-filter=\"file\">"), page);
        assertTrue(page.contains("data-rule=\"gender.spokesman\" data-file=\"" + dir.resolve("a.md") + "\""), page);
        assertTrue(page.contains("<input type=\"search\" data-search"), page);
        assertTrue(page.contains("history.replaceState") && page.contains("new URLSearchParams(location.hash.slice(1))"),
                "filters are written to and read from the address");
    }
}
