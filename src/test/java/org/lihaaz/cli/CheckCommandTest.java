package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** End-to-end checks of {@code lihaaz check}: exit codes, formats, configuration and broken input. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> rules(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            for (JsonNode x : f.get("findings")) {
                out.add(x.get("rule").asText());
            }
        }
        return out;
    }

    @Test
    void exitCodesFollowFailOn() throws Exception {
        Path post = write("post.md", "The fireman spoke.\n");
        assertEquals(1, Cli.run("check", post.toString()).code());
        assertEquals(0, Cli.run("check", "--fail-on", "error", post.toString()).code());
        assertEquals(0, Cli.run("check", "--fail-on", "never", post.toString()).code());
        assertEquals(1, Cli.run("check", "--fail-on", "suggestion", post.toString()).code());
        assertEquals(0, Cli.run("check", write("clean.md", "The firefighter spoke.\n").toString()).code());
        assertEquals(2, Cli.run("check", "--fail-on", "loud", post.toString()).code());
    }

    @Test
    void jsonReportIsCompleteAndStable() throws Exception {
        Path post = write("post.md", "# Notes\n\nThe fireman and the policemen\u2019s fund.\n");
        Cli.Run a = Cli.run("check", "--format", "json", "--fail-on", "never", post.toString());
        Cli.Run b = Cli.run("check", "--format", "json", "--fail-on", "never", post.toString());
        assertEquals(0, a.code(), a::toString);
        assertEquals(a.out(), b.out(), "same input, byte-identical report");
        JsonNode r = a.json();
        assertEquals(1, r.get("version").asInt());
        JsonNode f = r.get("files").get(0);
        assertEquals(post.toString(), f.get("path").asText());
        assertEquals("en", f.get("language").asText());
        JsonNode first = f.get("findings").get(0);
        assertEquals("gender.fireman", first.get("rule").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        assertEquals(12, first.get("endColumn").asInt());
        assertEquals(13, first.get("offset").asInt());
        assertEquals(7, first.get("length").asInt());
        assertEquals("fireman", first.get("match").asText());
        assertEquals("firefighter", first.get("suggestions").get(0).asText());
        JsonNode second = f.get("findings").get(1);
        assertEquals("police officers\u2019", second.get("suggestions").get(0).asText());
        assertEquals(2, r.get("summary").get("findings").asInt());
        assertEquals(2, r.get("summary").get("byLevel").get("warning").asInt());
        assertEquals(2, r.get("summary").get("byCategory").get("gender").asInt());
    }

    @Test
    void offsetsCountCodePointsWithEmojiAndUrdu() throws Exception {
        String text = "😀😀 عزت والی fireman\n";
        Path post = write("u.txt", text);
        JsonNode x = Cli.run("check", "--format", "json", "--lang", "en", post.toString()).json()
                .get("files").get(0).get("findings").get(0);
        int cp = text.codePointCount(0, text.indexOf("fireman"));
        assertEquals(cp, x.get("offset").asInt());
        assertEquals(cp + 1, x.get("column").asInt());
        assertEquals("fireman", new String(text.codePoints().skip(cp).limit(7).toArray(), 0, 7));
    }

    @Test
    void bomAndCrlfKeepPositionsRight() throws Exception {
        Path p = dir.resolve("bom.txt");
        Files.write(p, ("\uFEFFFirst line\r\nThe fireman\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode x = Cli.run("check", "--format", "json", p.toString()).json().get("files").get(0).get("findings").get(0);
        assertEquals(2, x.get("line").asInt());
        assertEquals(5, x.get("column").asInt());
        assertEquals("First line\r\nThe ".length(), x.get("offset").asInt());
    }

    @Test
    void unreadableAndMissingInputsGiveExitTwoButOthersAreChecked() throws Exception {
        Path good = write("good.md", "The fireman spoke.\n");
        Cli.Run r = Cli.run("check", "--format", "json", dir.resolve("missing.md").toString(), good.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("missing.md: no such file or folder"), r.err());
        assertEquals(List.of("gender.fireman"), rules(r.json()));
    }

    @Test
    void binaryInvalidUtf8AndEmptyFiles() throws Exception {
        Files.write(dir.resolve("blob.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(dir.resolve("bad.txt"), new byte[] {'T', 'h', 'e', ' ', (byte) 0xFF, ' ', 'f', 'i', 'r', 'e', 'm', 'a', 'n'});
        write("empty.md", "");
        Cli.Run r = Cli.run("check", "--format", "json", dir.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("blob.txt: notice: skipped: binary content"), r.err());
        assertTrue(r.err().contains("bad.txt: warning: invalid UTF-8"), r.err());
        assertEquals(List.of("gender.fireman"), rules(r.json()));
        assertEquals(3, r.json().get("summary").get("files").asInt());
    }

    @Test
    void folderSymlinkLoopIsNotFollowedForever() throws Exception {
        write("docs/a.md", "The fireman.\n");
        Files.createSymbolicLink(dir.resolve("docs/loop"), dir.resolve("docs"));
        Cli.Run r = Cli.run("check", "--format", "json", dir.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("link loop"), r.err());
        assertEquals(List.of("gender.fireman"), rules(r.json()));
    }

    @Test
    void malformedRulesAndConfigurationNameTheirPlace() throws Exception {
        write("rules/en/house.yml", "- id: house.x\n  level: loud\n");
        Path post = write("p/post.md", "The fireman.\n");
        Cli.Run r = Cli.run("check", "--rules", dir.resolve("rules").toString(), post.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("house.yml:2:10: level must be"), r.err());

        write("p/.lihaaz.yml", "language: en\nfail_on: error\n");
        Cli.Run c = Cli.run("check", post.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains(".lihaaz.yml:2:1: unknown key 'fail_on'"), c.err());
    }

    @Test
    void configurationTurnsRulesOffChangesLevelsAndIgnoresPaths() throws Exception {
        write(".lihaaz.yml", "rules:\n  gender.fireman: error\n  gender.policeman: off\nignore: [\"archive/**\"]\n"
                + "allow: [spokesman]\n");
        write("post.md", "The fireman, the policeman and the spokesman.\n");
        write("archive/old.md", "The fireman.\n");
        Cli.Run r = Cli.run("check", "--format", "json", dir.toString());
        JsonNode report = r.json();
        assertEquals(List.of("gender.fireman"), rules(report));
        assertEquals("error", report.get("files").get(0).get("findings").get(0).get("level").asText());
        assertEquals(1, report.get("summary").get("files").asInt());
    }

    @Test
    void unknownRuleNamesInConfigurationAreErrors() throws Exception {
        write(".lihaaz.yml", "rules:\n  gender.chairmen: off\n");
        write("post.md", "x\n");
        Cli.Run r = Cli.run("check", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(".lihaaz.yml:2:3: no rule or pack is called 'gender.chairmen'"), r.err());
    }

    @Test
    void enableAndDisableFromTheCommandLine() throws Exception {
        Path post = write("post.md", "The fireman and the policeman.\n");
        assertEquals(List.of("gender.policeman"), rules(Cli.run("check", "--format", "json", "--disable",
                "gender.fireman", post.toString()).json()));
        assertEquals(List.of(), rules(Cli.run("check", "--format", "json", "--disable", "gender", post.toString()).json()));
        assertEquals(2, Cli.run("check", "--disable", "nonsense", post.toString()).code());
    }

    @Test
    void gitignoreAndLihaazignoreAreHonoured() throws Exception {
        write(".gitignore", "build/\n");
        write(".lihaazignore", "drafts/*.md\n!drafts/keep.md\n");
        write("build/out.md", "fireman\n");
        write("drafts/skip.md", "fireman\n");
        write("drafts/keep.md", "fireman\n");
        write("notes.rst", "fireman\n");
        JsonNode r = Cli.run("check", "--format", "json", dir.toString()).json();
        assertEquals(1, r.get("files").size(), r.toString());
        assertTrue(r.get("files").get(0).get("path").asText().endsWith("drafts/keep.md"));
    }

    @Test
    void explicitFilesAreReadWhateverTheirExtension() throws Exception {
        Path rst = write("notes.rst", "The fireman.\n");
        assertEquals(List.of("gender.fireman"), rules(Cli.run("check", "--format", "json", rst.toString()).json()));
    }

    @Test
    void standardInputWithAFilename() {
        Cli.Run r = Cli.runWithInput("# Head\n\n`fireman` and the fireman\n", "check", "--format", "json",
                "--stdin-filename", "draft.md", "-");
        JsonNode f = r.json().get("files").get(0);
        assertEquals("draft.md", f.get("path").asText());
        assertEquals(1, f.get("findings").size(), "inline code is skipped because the name says Markdown");
    }

    @Test
    void inlineSuppressionInMarkdown() throws Exception {
        Path post = write("post.md", "<!-- lihaaz-disable-next-line gender.fireman -->\nThe fireman.\n\nThe fireman.\n");
        JsonNode r = Cli.run("check", "--format", "json", post.toString()).json();
        assertEquals(4, r.get("files").get(0).get("findings").get(0).get("line").asInt());
        assertEquals(1, r.get("files").get(0).get("findings").size());
    }

    @Test
    void humanOutputUnderlinesTheMatchAndSummarises() throws Exception {
        Path post = write("post.md", "The fireman spoke.\n");
        Cli.Run r = Cli.run("check", "--no-color", post.toString());
        assertTrue(r.out().contains("1:5"), r.out());
        assertTrue(r.out().contains("The fireman spoke.\n"), r.out());
        assertTrue(r.out().contains("    ^^^^^^^\n"), r.out());
        assertTrue(r.out().contains("\u2192 firefighter"), r.out());
        assertTrue(r.out().contains("1 finding (1 warning) in 1 of 1 file checked"), r.out());
        assertTrue(r.out().contains("by category: gender 1"), r.out());
        assertFalse(r.out().contains("\u001B["), "no colour when not on a terminal");
        Cli.Run quiet = Cli.run("check", "--quiet", post.toString());
        assertFalse(quiet.out().contains("by category"), quiet.out());
    }

    @Test
    void writesTheReportToAFileWhenAsked() throws Exception {
        Path post = write("post.md", "The fireman.\n");
        Path out = dir.resolve("report.json");
        Cli.Run r = Cli.run("check", "--format", "json", "--output", out.toString(), post.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("\"gender.fireman\""));
    }
}
