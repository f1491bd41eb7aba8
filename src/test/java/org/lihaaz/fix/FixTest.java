package org.lihaaz.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.FolderWrapper;
import org.lihaaz.testing.Golden;

/**
 * Safe fixes, end to end: every before file in {@code src/test/resources/fix/} must become its
 * {@code .after} file byte for byte under {@code lihaaz check --fix} with the rule pack beside them
 * (one rule of each kind: a noun in all its forms, an uninflected word, a phrase, a {@code $2}
 * suggestion, 'a'/'an' agreement both ways, and a manual rule that must stay). The before files hold
 * code spans, fences, link destinations, inline HTML, tag attributes, scripts, an entity inside a
 * word, subtitle timings and cue identifiers, and front-matter keys, none of which may change; and
 * CRLF, lone CR, a BOM and a missing final newline, which must be kept.
 */
class FixTest {
    private static final Path DIR = Golden.resources("fix");

    @TempDir
    Path dir;

    /** The built-in packs, turned off so only the test pack speaks (they change as they are improved). */
    private static String builtInPacks() {
        RuleSet builtIn = new RuleLoader().loadBuiltIn().rules();
        return String.join(",", builtIn.rules().stream().map(r -> r.pack()).distinct().toList());
    }

    private Cli.Run fix(String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--fix", "--rules", DIR.resolve("rules").toString(),
                "--disable", builtInPacks(), "--fail-on", "never", "--no-color"));
        args.addAll(List.of(paths));
        return Cli.run(args.toArray(String[]::new));
    }

    private Path copy(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.copy(DIR.resolve(name), p);
        return p;
    }

    private static String after(String name) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + ".after" + name.substring(dot);
    }

    @ParameterizedTest
    @ValueSource(strings = {"post.md", "page.html", "talk.srt", "scene.vtt", "note.txt"})
    void safeFixesTurnEachBeforeFileIntoItsAfterFile(String name) throws IOException {
        Path file = copy(name);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Cli.Run run = fix(file.toString());
        assertEquals(0, run.code(), run::toString);
        assertArrayEquals(Files.readAllBytes(DIR.resolve(after(name))), Files.readAllBytes(file),
                name + " after --fix:\n" + Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "file mode kept");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void fixesNeverTouchCodeTagsTimingsOrKeys() throws IOException {
        Path md = copy("post.md");
        Path html = copy("page.html");
        Path srt = copy("talk.srt");
        Path vtt = copy("scene.vtt");
        fix(md.toString(), html.toString(), srt.toString(), vtt.toString());
        String m = Files.readString(md);
        for (String kept : List.of("chairman: keys are never rewritten", "slug: chairman-of-the-year", "`the chairman`",
                "(https://x.org/chairman)", "<span title=\"chairman\">", "chairman in a fence", "chair&shy;man")) {
            assertTrue(m.contains(kept), "kept in Markdown: " + kept);
        }
        String h = Files.readString(html);
        for (String kept : List.of("href=\"/chairman\" class=\"chairman\"", "var chairman = \"chairman\";",
                ".chairman {}", "<code>chairman</code>", "<pre>chairman</pre>", "src=\"chairman.png\"")) {
            assertTrue(h.contains(kept), "kept in HTML: " + kept);
        }
        String s = Files.readString(srt);
        assertTrue(s.startsWith("1\r\n00:00:01,000 --> 00:00:03,000\r\n"), s);
        assertTrue(s.contains("\r\n2\r\n00:00:03,000 --> 00:00:05,000\r\n"), s);
        String v = Files.readString(vtt);
        for (String kept : List.of("WEBVTT - chairman", "NOTE the chairman note stays", "chairman-intro\n",
                "00:01.000 --> 00:04.000 align:start", "<v Chairman>")) {
            assertTrue(v.contains(kept), "kept in WebVTT: " + kept);
        }
    }

    @Test
    void aSecondFixRunChangesNothing() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String n : List.of("post.md", "page.html", "talk.srt", "scene.vtt", "note.txt")) {
            files.add(copy(n));
        }
        Cli.Run first = fix(dir.toString());
        assertTrue(first.err().contains("fixed 29 findings in 5 files"), first::toString);
        List<byte[]> once = new ArrayList<>();
        for (Path p : files) {
            once.add(Files.readAllBytes(p));
        }
        Cli.Run second = fix(dir.toString());
        assertTrue(second.err().contains("fixed 0 findings in 0 files"), second::toString);
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(once.get(i), Files.readAllBytes(files.get(i)), files.get(i) + " changed on the second run");
        }
        // What is left is what needs a person: the manual rule, and a match written with an entity inside.
        assertTrue(second.out().contains("fixkinds.spokesman"), second::toString);
    }

    @Test
    void aFixWhoseReplacementIsFlaggedIsLeftForAPerson() throws IOException {
        Path file = dir.resolve("chain.md");
        Files.writeString(file, "The handicapped wait. A handicapped toilet. An alpha and a beta.\n", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("check", "--fix", "--rules", DIR.resolve("chained").toString(), "--disable", builtInPacks(),
                "--fail-on", "never", file.toString());
        // 'The disabled' would be flagged, 'beta' would be flagged; 'a disabled toilet' and 'a gamma' are not.
        assertEquals("The handicapped wait. A disabled toilet. An alpha and a gamma.\n", Files.readString(file), run::toString);
        assertTrue(run.err().contains("fixed 2 findings in 1 file"), run::toString);
        Cli.Run again = Cli.run("check", "--fix", "--rules", DIR.resolve("chained").toString(), "--disable", builtInPacks(),
                "--fail-on", "never", file.toString());
        assertTrue(again.err().contains("fixed 0 findings in 0 files"), again::toString);
    }

    @Test
    void diffShowsTheFixesAndChangesNothing() throws IOException {
        Path file = copy("scene.vtt");
        byte[] before = Files.readAllBytes(file);
        Cli.Run run = Cli.run("check", "--diff", "--rules", DIR.resolve("rules").toString(), "--disable", builtInPacks(),
                file.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
        String name = file.toString();
        assertEquals("--- " + name + "\n+++ " + name + "\n"
                + "@@ -4,4 +4,4 @@\n"
                + " \n"
                + " chairman-intro\n"
                + " 00:01.000 --> 00:04.000 align:start\n"
                + "-<v Chairman>The chairman speaks.\n"
                + "+<v Chairman>The chairperson speaks.\n", run.out());
        assertTrue(run.err().contains("would fix 1 finding in 1 file"), run::toString);
        assertEquals(0, run.code(), "nothing would be left at --fail-on warning: " + run);
        Cli.Run alias = Cli.run("check", "--fix-dry-run", "--rules", DIR.resolve("rules").toString(), "--disable",
                builtInPacks(), file.toString());
        assertEquals(run.out(), alias.out());
    }

    @Test
    void diffKeepsCarriageReturnsAndMarksAMissingFinalNewline() throws IOException {
        Path file = dir.resolve("x.txt");
        Files.writeString(file, "one\r\nthe chairman\r\nthree", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("check", "--diff", "--rules", DIR.resolve("rules").toString(), "--disable", builtInPacks(),
                file.toString());
        String name = file.toString();
        assertEquals("--- " + name + "\n+++ " + name + "\n@@ -1,3 +1,3 @@\n one\r\n-the chairman\r\n+the chairperson\r\n"
                + " three\n\\ No newline at end of file\n", run.out());
    }

    private static Lihaaz engine() {
        return Golden.engine(DIR.resolve("rules"));
    }

    @Test
    void aRelativePathIsPrintedAsGitDoesAndThePatchApplies() throws Exception {
        Path file = copy("talk.srt");
        String relative = Path.of("").toAbsolutePath().relativize(file).toString();
        Cli.Run run = Cli.run("check", "--diff", "--rules", DIR.resolve("rules").toString(), "--disable", builtInPacks(),
                relative);
        assertTrue(run.out().startsWith("--- a/" + relative + "\n+++ b/" + relative + "\n@@ -1,"), run::toString);
        Path patch = dir.resolve("fixes.patch");
        Files.writeString(patch, run.out(), StandardCharsets.UTF_8);
        Process git = new ProcessBuilder("git", "apply", "--unsafe-paths", "-p1", patch.toString())
                .redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), "git apply: " + out);
        assertArrayEquals(Files.readAllBytes(DIR.resolve("talk.after.srt")), Files.readAllBytes(file));
    }

    @Test
    void aFileChangedAfterItWasCheckedIsNotOverwritten() throws IOException {
        Path file = copy("talk.srt");
        FileReport report = engine().check(Input.ofFile(file, "talk.srt"));
        assertFalse(report.findings().isEmpty());
        Files.writeString(file, "someone else's edit\n", StandardCharsets.UTF_8);
        Fixer.Result r = new Fixer(Disk.real()).applySafe(file, "talk.srt", report.source().text(), Format.SUBRIP,
                report.findings(), true);
        assertEquals(Fixer.Status.CHANGED, r.status());
        assertEquals("changed on disk since it was read; not rewritten", r.message());
        assertEquals("someone else's edit\n", Files.readString(file));
    }

    @Test
    void aFileChangedWhileTheFixIsWrittenIsNotOverwritten() throws IOException {
        Path file = copy("talk.srt");
        FileReport report = engine().check(Input.ofFile(file, "talk.srt"));
        // Another editor saves the file while the fixed copy is being written.
        Disk racing = FolderWrapper.wrapping(Disk.real(), folder -> new FolderWrapper(folder) {
            @Override
            public void writeSynced(String f, byte[] bytes) throws IOException {
                super.writeSynced(f, bytes);
                Files.writeString(file, "saved meanwhile\n", StandardCharsets.UTF_8);
            }
        });
        Fixer.Result r = new Fixer(racing).applySafe(file, "talk.srt", report.source().text(), Format.SUBRIP,
                report.findings(), true);
        assertEquals(Fixer.Status.CHANGED, r.status(), r::toString);
        assertEquals("saved meanwhile\n", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "the temporary file is removed");
        }
    }

    @Test
    void aFailedRenameLeavesTheFileAsItWasAndNoTemporaryFile() throws IOException {
        Path file = copy("post.md");
        byte[] before = Files.readAllBytes(file);
        FileReport report = engine().check(Input.ofFile(file, "post.md"));
        Disk full = FolderWrapper.wrapping(Disk.real(), folder -> new FolderWrapper(folder) {
            @Override
            public void moveAtomically(String from, String to) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        Fixer.Result r = new Fixer(full).applySafe(file, "post.md", report.source().text(), Format.MARKDOWN,
                report.findings(), true);
        assertEquals(Fixer.Status.FAILED, r.status());
        assertEquals("cannot write: No space left on device; the file is unchanged", r.message());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    @Test
    void aLinkIsFollowedAndKept() throws IOException {
        Path target = copy("note.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target.getFileName());
        Cli.Run run = fix(link.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertArrayEquals(Files.readAllBytes(DIR.resolve("note.after.txt")), Files.readAllBytes(target));
    }

    @Test
    void wordDocumentsAreNotRewritten() throws IOException {
        Path docx = dir.resolve("report.docx");
        Files.copy(Golden.resources("formats").resolve("golden.docx"), docx);
        byte[] before = Files.readAllBytes(docx);
        Cli.Run run = Cli.run("check", "--fix", "--rules", Golden.resources("formats").resolve("rules").toString(),
                "--disable", builtInPacks(), "--fail-on", "never", docx.toString());
        assertArrayEquals(before, Files.readAllBytes(docx));
        assertTrue(run.err().contains(docx + ": warning: a docx file is not rewritten"), run::toString);
        assertEquals(0, run.code(), run::toString);
    }

    @Test
    void standardInputIsCheckedButNotFixed() {
        Cli.Run run = Cli.runWithInput("The chairman.\n", "check", "--fix", "--rules", DIR.resolve("rules").toString(),
                "--disable", builtInPacks(), "--fail-on", "never", "-");
        assertTrue(run.err().contains("standard input is checked but not fixed"), run::toString);
        assertTrue(run.out().contains("fixkinds.chairman"), run::toString);
    }
}
