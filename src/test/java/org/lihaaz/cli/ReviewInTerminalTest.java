package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.testing.Golden;

/**
 * {@code lihaaz review} as a person uses it: in a real terminal (a tmux session on a private
 * socket), keys typed with send-keys and the screen read with capture-pane. tmux must be installed
 * ({@code .ci/run} installs it).
 */
class ReviewInTerminalTest {
    private static final long WAIT_MILLIS = 60_000;

    @TempDir
    Path dir;

    private final String socket = "lihaaz-test-" + UUID.randomUUID();
    private final String session = "review";

    @BeforeEach
    void needTmux() throws Exception {
        if (run(List.of("tmux", "-V")).isEmpty()) {
            fail("tmux is needed for the terminal test of 'lihaaz review' (apt-get install tmux; .ci/run installs it)");
        }
    }

    @AfterEach
    void killServer() throws Exception {
        run(List.of("tmux", "-L", socket, "kill-server"));
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return "";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private void start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The class path goes in a java argument file: tmux refuses a command longer than about 16 KB, and the
        // test class path (with the Spark job's provided libraries) is longer than that.
        // Outside the folder under review, where it would be one more file to review.
        Path argFile = Files.createTempFile("lihaaz-review-java", ".args");
        argFile.toFile().deleteOnExit();
        Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
        List<String> cmd = new ArrayList<>(List.of(quote(java), quote("@" + argFile),
                "org.lihaaz.cli.Main", "review", "--rules", quote(Golden.resources("fix").resolve("rules").toAbsolutePath().toString()),
                "--disable", builtInPacks()));
        for (String a : args) {
            cmd.add(quote(a));
        }
        String shell = "cd " + quote(dir.toString()) + " && " + String.join(" ", cmd) + "; echo EXIT=$?; sleep 600";
        run(List.of("tmux", "-L", socket, "new-session", "-d", "-s", session, "-x", "160", "-y", "50", shell));
    }

    private static String builtInPacks() {
        return String.join(",", new RuleLoader().loadBuiltIn().rules().rules().stream().map(r -> r.pack()).distinct().toList());
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private String screen() throws Exception {
        return run(List.of("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-200", "-t", session));
    }

    /** Waits until the screen shows {@code text}; returns the screen. */
    private String waitFor(String text) throws Exception {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen();
            if (s.contains(text)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + text + "':\n" + s);
    }

    private void type(String keys) throws Exception {
        run(List.of("tmux", "-L", socket, "send-keys", "-t", session, "-l", keys));
        run(List.of("tmux", "-L", socket, "send-keys", "-t", session, "Enter"));
    }

    @Test
    void everyKeyDoesWhatItSaysAndTheFileIsWrittenAtTheEnd() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "Intro.\nA chairman met a cleaning lady.\nThe spokesman and an alderman spoke.\n"
                + "Mankind's chairman.\nLast chairman.\n", StandardCharsets.UTF_8);
        Path config = dir.resolve(".lihaaz.yml");
        Files.writeString(config, "# Our newsroom's settings.\nlanguage: en\n\nallow:\n  - Lahore   # a city, not a finding\n\n"
                + "# Files we never check.\nignore:\n  - \"archive/**\"\n", StandardCharsets.UTF_8);
        start("post.md");

        String s = waitFor("(1 of 7)");
        assertTrue(s.contains("2 \u2502 A chairman met a cleaning lady."), s);
        assertTrue(s.contains("1) chairperson"), s);
        type("e");
        waitFor("replace 'chairman' with");
        type("chair");
        waitFor("(2 of 7)");
        type("1");                       // cleaning lady -> office cleaner, and 'a' -> 'an'
        s = waitFor("(3 of 7)");
        assertTrue(s.contains("2) representative"), s);
        type("?");
        waitFor("type your own replacement");
        type("2");                       // spokesman -> representative
        waitFor("(4 of 7)");
        type("s");                       // alderman stays
        waitFor("(5 of 7)");
        type("a");                       // allow mankind in .lihaaz.yml
        waitFor("added to the allow: list");
        waitFor("(6 of 7)");
        type("i");                       // ignore the chairman rule: (7 of 7) is never asked
        s = waitFor("EXIT=");
        assertTrue(s.contains("saved 3 changes to post.md"), s);
        assertTrue(s.contains("Done. 3 changes saved in 1 file."), s);
        assertTrue(s.contains("EXIT=0"), s);
        assertTrue(!s.contains("(7 of 7)"), s);

        assertEquals("Intro.\nA chair met an office cleaner.\nThe representative and an alderman spoke.\n"
                + "Mankind's chairman.\nLast chairman.\n", Files.readString(post));
        assertEquals("# Our newsroom's settings.\nlanguage: en\n\nallow:\n  - Lahore   # a city, not a finding\n"
                + "  - \"mankind\"\n\n# Files we never check.\nignore:\n  - \"archive/**\"\n", Files.readString(config));
    }

    @Test
    void ctrlCKeepsWhatWasAlreadyConfirmed() throws Exception {
        Path post = dir.resolve("talk.srt");
        Files.writeString(post, "1\n00:00:01,000 --> 00:00:02,000\nA chairman thanked a\n\n2\n00:00:02,000 --> 00:00:03,000\n"
                + "cleaning lady.\n", StandardCharsets.UTF_8);
        start("talk.srt");
        String s = waitFor("(1 of 2)");
        assertTrue(s.contains("00:00:01.000"), "the cue's start time is shown: " + s);
        type("1");
        waitFor("(2 of 2)");
        run(List.of("tmux", "-L", socket, "send-keys", "-t", session, "C-c"));
        s = waitFor("EXIT=");
        assertTrue(s.contains("EXIT=130"), s);
        assertTrue(s.contains("saved 1 change to talk.srt"), s);
        assertEquals("1\n00:00:01,000 --> 00:00:02,000\nA chairperson thanked a\n\n2\n00:00:02,000 --> 00:00:03,000\n"
                + "cleaning lady.\n", Files.readString(post));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(post), files.toList(), "no temporary file left");
        }
    }
}
