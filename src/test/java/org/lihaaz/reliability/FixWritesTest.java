package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.fix.Disk;
import org.lihaaz.fix.Fixer;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.FolderWrapper;
import org.lihaaz.testing.Golden;

/**
 * Issue 16, items 2, 4 and 5: {@code --fix} writes the very file it checked, keeps its owner, group,
 * mode and links, never writes outside the tree the user named; {@code -o} and
 * {@code --write-baseline} create files with the umask's mode and keep an existing file's.
 */
class FixWritesTest {
    private static final Path RULES = Golden.resources("fix").resolve("rules").toAbsolutePath();
    private static final String TEXT = "The chairman spoke.\n";
    private static final String FIXED = "The chairperson spoke.\n";

    @TempDir
    Path dir;

    private static String builtInPacks() {
        return String.join(",", new RuleLoader().loadBuiltIn().rules().rules().stream().map(r -> r.pack()).distinct().toList());
    }

    private static Cli.Run fix(String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--fix", "--rules", RULES.toString(), "--disable", builtInPacks(),
                "--fail-on", "never", "--no-color"));
        args.addAll(List.of(paths));
        return Cli.run(args.toArray(String[]::new));
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode") & 07777;
    }

    @Test
    void aBackslashInANameIsNotAFolderSeparatorForTheWriter() throws IOException {
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Path odd = Files.writeString(tree.resolve("a\\b.md"), TEXT);
        Path other = Files.writeString(Files.createDirectory(tree.resolve("a")).resolve("b.md"), "Another chairman.\n");
        // Only the odd name is checked: the other is ignored, as a git-ignored file would be.
        Files.writeString(tree.resolve(".lihaazignore"), "a/\n");
        Cli.Run run = fix(tree.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals(FIXED, Files.readString(odd), run::toString);
        assertEquals("Another chairman.\n", Files.readString(other), "the ignored file a/b.md is untouched");
    }

    @Test
    void aNamedPathThroughALinkAndDotDotIsWrittenWhereItWasRead() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("deep/sub"));
        Path read = Files.writeString(dir.resolve("deep/x.md"), TEXT);
        Path other = Files.createDirectory(dir.resolve("other"));
        Path decoy = Files.writeString(other.resolve("x.md"), "Another chairman.\n");
        Files.createSymbolicLink(other.resolve("link"), deep);
        // other/link/../x.md is deep/x.md to the system; normalised as text it would be other/x.md.
        Cli.Run run = fix(other + "/link/../x.md");
        assertEquals(0, run.code(), run::toString);
        assertEquals(FIXED, Files.readString(read), run::toString);
        assertEquals("Another chairman.\n", Files.readString(decoy));
        assertFalse(run.out().contains("No findings") && run.err().contains("fixed 0"), run::toString);
    }

    @Test
    void aLinkInTheTreeToAFileOutsideItIsNotWritten() throws IOException {
        Path outside = Files.writeString(Files.createDirectory(dir.resolve("outside")).resolve("secret.md"), TEXT);
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Path inside = Files.writeString(tree.resolve("inside.md"), TEXT);
        Files.createSymbolicLink(tree.resolve("out.md"), outside);
        Cli.Run run = fix(tree.toString());
        assertEquals(TEXT, Files.readString(outside), "the file outside the tree is not rewritten");
        assertEquals(FIXED, Files.readString(inside));
        assertTrue(run.err().contains("out.md: cannot write: it is a link to " + outside.toRealPath() + ", outside"), run::toString);
        assertEquals(2, run.code(), run::toString);
    }

    @Test
    void aFolderSwappedForALinkBeforeTheWriteIsRefused() throws IOException {
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Path sub = Files.createDirectory(tree.resolve("sub"));
        Path file = Files.writeString(sub.resolve("post.md"), TEXT);
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path victim = Files.writeString(elsewhere.resolve("post.md"), TEXT);
        Lihaaz engine = Golden.engine(RULES);
        FileReport report = engine.check(Input.ofFile(file, "sub/post.md", Format.MARKDOWN, tree.toRealPath()));
        // Between the check and the write, sub becomes a link to a folder outside the tree.
        Files.move(sub, tree.resolve("sub-old"));
        Files.createSymbolicLink(sub, elsewhere);
        Fixer.Result r = new Fixer(Disk.real()).apply(file, tree.toRealPath(), "sub/post.md", report.source().text(),
                Format.MARKDOWN, org.lihaaz.fix.FixPlanner.planSafe(report.source().text(), report.findings()).edits(), true);
        assertEquals(Fixer.Status.FAILED, r.status(), r.toString());
        assertTrue(r.message().contains("outside"), r.message());
        assertEquals(TEXT, Files.readString(victim));
    }

    @Test
    void aFolderSwappedOnceItIsOpenCannotMoveTheWrite() throws IOException {
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Path sub = Files.createDirectory(tree.resolve("sub"));
        Path file = Files.writeString(sub.resolve("post.md"), TEXT);
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path victim = Files.writeString(elsewhere.resolve("post.md"), TEXT);
        Lihaaz engine = Golden.engine(RULES);
        FileReport report = engine.check(Input.ofFile(file, "sub/post.md", Format.MARKDOWN, tree.toRealPath()));
        // The swap happens right after the folder is opened, before the temporary file, the lock and the rename.
        Disk swapping = FolderWrapper.wrapping(Disk.real(), folder -> {
            try {
                Files.move(sub, tree.resolve("sub-old"));
                Files.createSymbolicLink(sub, elsewhere);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return folder;
        });
        Fixer.Result r = new Fixer(swapping).apply(file, tree.toRealPath(), "sub/post.md", report.source().text(),
                Format.MARKDOWN, org.lihaaz.fix.FixPlanner.planSafe(report.source().text(), report.findings()).edits(), true);
        assumeTrue(Files.newDirectoryStream(tree) instanceof java.nio.file.SecureDirectoryStream, "folders can be opened here");
        assertEquals(Fixer.Status.FIXED, r.status(), r.toString());
        assertEquals(TEXT, Files.readString(victim), "nothing is written in the folder swapped in");
        assertEquals(FIXED, Files.readString(tree.resolve("sub-old/post.md")), "the write went to the folder opened");
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(1, s.count(), "no temporary file elsewhere");
        }
    }

    @Test
    void ownerGroupModeAndSetgidAreKept() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("unix"), "a Unix file system");
        Path file = Files.writeString(dir.resolve("kept.md"), TEXT);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Files.setAttribute(file, "unix:uid", 4321);
            Files.setAttribute(file, "unix:gid", 4322);
        }
        Files.setAttribute(file, "unix:mode", 02640);
        Cli.Run run = fix(file.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals(FIXED, Files.readString(file));
        assertEquals(02640, mode(file), Integer.toOctalString(mode(file)));
        if (root) {
            assertEquals(4321, Files.getAttribute(file, "unix:uid"));
            assertEquals(4322, Files.getAttribute(file, "unix:gid"));
        }
    }

    @Test
    void aFileWithOtherHardLinksIsNotSplitButRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("linked.md"), TEXT);
        Path other = Files.createLink(dir.resolve("other-name.md"), file);
        Cli.Run run = fix(file.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("linked.md: cannot write: it has 2 hard links, which replacing it would split"),
                run::toString);
        assertEquals(TEXT, Files.readString(file));
        assertTrue(Files.isSameFile(file, other), "still one file");
    }

    @Test
    void reportsAndBaselinesAreCreatedWithTheUmaskModeAndKeepAnExistingFilesModeAndLink() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("unix"), "a Unix file system");
        Path input = Files.writeString(dir.resolve("in.md"), TEXT);
        // What this process's umask gives a new file.
        int umaskMode = mode(Files.createFile(dir.resolve("probe")));
        for (String option : List.of("-o", "--write-baseline")) {
            Path fresh = dir.resolve("fresh" + option);
            Cli.Run run = Cli.run("check", "--rules", RULES.toString(), "--disable", builtInPacks(), "--format", "json",
                    option, fresh.toString(), input.toString());
            assertTrue(Files.size(fresh) > 0, run::toString);
            assertEquals(umaskMode, mode(fresh), option + ": a new file gets the umask's mode, not 0600");

            Path kept = Files.writeString(dir.resolve("kept" + option), "old");
            Files.setAttribute(kept, "unix:mode", 0640);
            Path link = Files.createSymbolicLink(dir.resolve("link" + option), kept.getFileName());
            run = Cli.run("check", "--rules", RULES.toString(), "--disable", builtInPacks(), "--format", "json",
                    option, link.toString(), input.toString());
            assertTrue(Files.isSymbolicLink(link), option + ": the link stays a link " + run);
            assertTrue(Files.readString(kept).contains("chairman"), option + ": written through the link");
            assertEquals(0640, mode(kept), option + ": an existing file keeps its mode");
        }
    }
}
