package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.Golden;

/** The formats through the command line: anchors in reports, folder walking by extension, configuration. */
class FormatsCliTest {
    private static final Path FORMATS = Golden.resources("formats");

    @TempDir
    Path dir;

    private static String builtInPacks() {
        return String.join(",", new RuleLoader().loadBuiltIn().rules().rules().stream().map(r -> r.pack()).distinct().toList());
    }

    private Cli.Run check(String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--rules", FORMATS.resolve("rules").toString(), "--disable",
                builtInPacks(), "--fail-on", "never", "--no-color"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonNamesTheCueAndTheWordParagraph() {
        Cli.Run run = check("--format", "json", FORMATS.resolve("golden.srt").toString(), FORMATS.resolve("golden.docx").toString());
        JsonNode files = run.json().get("files");
        JsonNode docx = files.get(0).get("findings").get(0);
        assertEquals("golden.chairman", docx.get("rule").asText());
        assertEquals(2, docx.get("paragraph").get("index").asInt());
        assertEquals(4, docx.get("paragraph").get("offset").asInt());
        assertEquals(5, docx.get("column").asInt(), "column is the offset in the paragraph plus one");
        JsonNode cue = files.get(1).get("findings").get(3);
        assertEquals("golden.fireman", cue.get("rule").asText());
        assertEquals("{\"index\":4,\"start\":\"00:01:26.000\",\"offset\":20}", cue.get("cue").toString());
        assertTrue(run.out().contains("\"cue\": {\n"), "keys in the documented order");
    }

    @Test
    void humanOutputShowsTheCueStartTimeBesideTheLine() {
        Cli.Run run = check(FORMATS.resolve("golden.srt").toString());
        assertTrue(run.out().contains("  15:21 00:01:26.000  warning"), run::toString);
    }

    @Test
    void foldersReadKnownExtensionsAndConfiguredOnes() throws Exception {
        for (String name : List.of("a.html", "b.srt", "c.vtt", "d.fountain", "e.md", "f.txt", "g.script")) {
            write("drafts/" + name, name.endsWith("srt") ? "1\n00:00:01,000 --> 00:00:02,000\nThe chairman.\n"
                    : name.endsWith("vtt") ? "WEBVTT\n\n00:01.000 --> 00:02.000\nThe chairman.\n" : "The chairman.\n");
        }
        Files.copy(FORMATS.resolve("golden.docx"), dir.resolve("drafts/h.docx"));
        Cli.Run run = check("--format", "json", dir.resolve("drafts").toString());
        List<String> paths = new ArrayList<>();
        run.json().get("files").forEach(f -> paths.add(Path.of(f.get("path").asText()).getFileName().toString()));
        assertEquals(List.of("a.html", "b.srt", "c.vtt", "d.fountain", "e.md", "f.txt", "h.docx"), paths);

        write("drafts/.lihaaz.yml", "extensions:\n  script: fountain\n  txt: markdown\n");
        paths.clear();
        check("--format", "json", dir.resolve("drafts").toString()).json().get("files")
                .forEach(f -> paths.add(Path.of(f.get("path").asText()).getFileName().toString()));
        assertTrue(paths.contains("g.script"), paths.toString());

        // Named on the command line, an unknown extension is read as plain text.
        Path odd = write("notes.log", "The chairman.\n");
        assertEquals(1, check("--format", "json", odd.toString()).json().get("summary").get("findings").asInt());
    }

    @Test
    void anUnknownFormatInExtensionsIsAnErrorWithItsLine() throws Exception {
        write(".lihaaz.yml", "language: en\nextensions:\n  script: screenplay\n");
        Path f = write("x.md", "The chairman.\n");
        Cli.Run run = check(f.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(".lihaaz.yml:3:11: extension 'script' must be read as one of text, markdown, html,"), run::toString);
    }

    @Test
    void frontMatterFieldsAreConfigurable() throws Exception {
        Path post = write("post.md", "---\ntitle: The chairman\nlayout: policeman\n---\nBody.\n");
        Cli.Run byDefault = check("--format", "json", post.toString());
        assertEquals("golden.chairman", byDefault.json().get("files").get(0).get("findings").get(0).get("rule").asText());
        assertEquals(1, byDefault.json().get("summary").get("findings").asInt());
        write(".lihaaz.yml", "front-matter: [layout]\n");
        JsonNode f = check("--format", "json", post.toString()).json().get("files").get(0).get("findings");
        assertEquals(1, f.size());
        assertEquals("golden.policeman", f.get(0).get("rule").asText());
        assertEquals(3, f.get(0).get("line").asInt());
        assertEquals(9, f.get(0).get("column").asInt());
    }

    @Test
    void aBrokenWordFileIsAnErrorAndTheOthersAreStillChecked() throws Exception {
        Path bad = write("bad.docx", "not a zip");
        Path good = write("good.md", "The chairman.\n");
        Cli.Run run = check(bad.toString(), good.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(bad + ": not a readable Word .docx document"), run::toString);
        assertTrue(run.out().contains("golden.chairman"), run::toString);
        assertTrue(!run.err().contains("Log4j"), "no logging noise: " + run.err());
    }
}
