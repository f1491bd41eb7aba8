package org.lihaaz.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@code lihaaz} as a separate process on the test class path, for what only a real process
 * shows: a closed pipe, a kill in the middle of a write, several processes at once.
 */
public final class LihaazProcess {
    private LihaazProcess() {
    }

    public static ProcessBuilder builder(Path workDir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small and quick to start: these processes check a few files each.
        cmd.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.lihaaz.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        Map<String, String> env = pb.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JAZZER_FUZZ");
        return pb;
    }

    public static Process start(Path workDir, String... args) throws IOException {
        return builder(workDir, args).start();
    }
}
