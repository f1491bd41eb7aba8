package org.lihaaz.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor end to end: headless Neovim opens a Markdown draft, starts {@code lihaaz lsp} from
 * the packaged jar, receives the diagnostics, applies the preferred quick fix and writes the file
 * (src/test/resources/lsp/nvim-quickfix.lua). Without Neovim on the PATH the test is skipped, except
 * in CI (the CI variable set), where {@code .ci/run} installs it and its absence is a failure.
 */
class NvimIT {
    @TempDir
    Path dir;

    private static Path nvim() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(p, "nvim");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void neovimReceivesDiagnosticsAndAppliesAQuickFix() throws Exception {
        Path nvim = nvim();
        if (nvim == null) {
            if (System.getenv("CI") != null) {
                fail("nvim is not on the PATH, and CI is set: .ci/run should have installed Debian's neovim");
            }
            Assumptions.assumeTrue(false, "nvim is not on the PATH; install Neovim to run this test");
        }
        Path draft = dir.resolve("draft.md");
        Files.writeString(draft, "# Notes\n\nEvery fireman came to the hall.\n", StandardCharsets.UTF_8);
        Path script = dir.resolve("script.lua");
        Files.copy(Path.of("src/test/resources/lsp/nvim-quickfix.lua"), script);
        Path out = dir.resolve("out.json");
        ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile " + script)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nvim.log").toFile());
        pb.environment().put("LIHAAZ_DRAFT", draft.toString());
        pb.environment().put("LIHAAZ_OUT", out.toString());
        pb.environment().put("LIHAAZ_JAR", Path.of("target/lihaaz.jar").toAbsolutePath().toString());
        pb.environment().put("LIHAAZ_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Neovim did not finish; its output:\n" + Files.readString(dir.resolve("nvim.log")));
        }
        String seen = Files.exists(out) ? Files.readString(out) : "(nothing)";
        assertEquals(0, p.exitValue(), seen + "\n" + Files.readString(dir.resolve("nvim.log")));
        assertTrue(seen.contains("gender.fireman"), seen);
        assertTrue(seen.contains("Replace 'fireman' with 'firefighter'"), seen);
        assertEquals("# Notes\n\nEvery firefighter came to the hall.\n", Files.readString(draft));
    }
}
