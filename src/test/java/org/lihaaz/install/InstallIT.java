package org.lihaaz.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives that {@code mvn package} builds, unpacked into a temporary folder and run as a
 * user would: with a PATH that has no Maven (and, for the self-contained archive, no Java either),
 * directly and through symlinks in another {@code bin} folder. The self-contained archive's runtime
 * is made by jlink from a fixed module list; checking every input format on it with an empty stderr
 * is what keeps that list complete.
 */
class InstallIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Unpacked archives and the bare PATH, made once for all tests (unpacking is the slow part). */
    @TempDir
    static Path shared;

    /** Each test's working folder (with a copy of the examples) and HOME. */
    @TempDir
    Path dir;

    /** /usr/bin and /bin without Java, Maven or any other JDK tool: the machine of a user with neither. */
    private static Path bareBin;
    private static Path zipHome;
    private static Path tarHome;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        bareBin = Files.createDirectory(shared.resolve("bare-bin"));
        for (String folder : List.of("/usr/bin", "/bin")) {
            try (Stream<Path> tools = Files.list(Path.of(folder))) {
                for (Path tool : (Iterable<Path>) tools::iterator) {
                    String name = tool.getFileName().toString();
                    Path link = bareBin.resolve(name);
                    if (name.startsWith("java") || name.startsWith("mvn") || Files.exists(link, LinkOption.NOFOLLOW_LINKS)
                            || isJdkTool(tool)) {
                        continue;
                    }
                    Files.createSymbolicLink(link, tool);
                }
            }
        }
        zipHome = unzip(Files.createDirectory(shared.resolve("zip")));
        tarHome = untar(Files.createDirectory(shared.resolve("tar")));
    }

    /** The links to /usr/bin go by hand: JUnit would warn about each link out of its temporary folder. */
    @AfterAll
    static void removeLinks() throws IOException {
        if (bareBin != null) {
            try (Stream<Path> links = Files.list(bareBin)) {
                for (Path link : (Iterable<Path>) links::iterator) {
                    Files.delete(link);
                }
            }
        }
    }

    /** Symlinks a test made; removed after it, since JUnit warns about links out of its temporary folder. */
    private final List<Path> links = new ArrayList<>();

    @BeforeEach
    void examples() throws IOException {
        copy(PROJECT.resolve("examples"), dir.resolve("examples"));
    }

    @AfterEach
    void removeTestLinks() throws IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    private void link(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
        links.add(link);
    }

    private static boolean isJdkTool(Path tool) {
        try {
            return tool.toRealPath().toString().contains("/jvm/");
        } catch (IOException e) {
            return false;
        }
    }

    private Map<String, String> env(String path) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", path);
        env.put("HOME", dir.resolve("home").toString());
        return env;
    }

    private Run run(Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "process finished: " + List.of(command));
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A command line run by sh, so the program is looked up on the given PATH as a user's shell would. */
    private Run shell(Map<String, String> env, String commandLine) throws Exception {
        return run(env, "/bin/sh", "-c", commandLine);
    }

    private static Path archive(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(PROJECT.resolve("target"))) {
            List<Path> found = files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith("lihaaz-") && n.endsWith(suffix) && (suffix.equals(".zip") || n.contains("-linux-x64"));
            }).toList();
            assertEquals(1, found.size(), "one archive *" + suffix + " in target/ (built by mvn package): " + found);
            return found.get(0);
        }
    }

    /** Unpacks the zip keeping the Unix modes it records, as unzip does. */
    private static Path unzip(Path into) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive(".zip")).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return only(into);
    }

    private static Path untar(Path into) throws Exception {
        Process p = new ProcessBuilder("tar", "-xzf", archive(".tar.gz").toString(), "-C", into.toString()).inheritIO().start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "tar -xzf");
        return only(into);
    }

    /** The one folder an archive unpacks into, lihaaz-VERSION. */
    private static Path only(Path into) throws IOException {
        try (Stream<Path> s = Files.list(into)) {
            List<Path> top = s.toList();
            assertEquals(1, top.size(), top.toString());
            assertTrue(top.get(0).getFileName().toString().startsWith("lihaaz-"), top.toString());
            return top.get(0);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Asserts the report of {@code check --format json examples}: the findings of the clone's examples. */
    private static void assertExamplesReport(Run r) throws IOException {
        assertEquals(1, r.code(), "findings at warning: exit 1; stderr: " + r.err());
        assertEquals("", r.err(), "nothing on stderr: no warning from a library or the JVM");
        JsonNode report = JSON.readTree(r.out());
        List<String> rules = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            for (JsonNode x : f.get("findings")) {
                rules.add(x.get("rule").asText());
            }
        }
        assertTrue(rules.contains("gender.chairman"), rules.toString());
        assertTrue(rules.contains("gender.manned"), "needs the OpenNLP models from lib/: " + rules);
        assertEquals(3, report.get("summary").get("files").asInt());
    }

    @Test
    void theTestMachinePathHasNeitherJavaNorMaven() throws Exception {
        Run r = shell(env(bareBin.toString()), "command -v java || command -v mvn || command -v jlink");
        assertNotEquals(0, r.code(), "found: " + r.out());
    }

    @Test
    void zipChecksTheExamplesWithTheJavaOnThePath() throws Exception {
        Path home = zipHome;
        for (String part : List.of("bin/lihaaz", "lihaaz.jar", "lib/picocli-4.7.7.jar", "LICENSE", "README.md")) {
            assertTrue(Files.exists(home.resolve(part)), part);
        }
        assertFalse(Files.exists(home.resolve("runtime")), "the zip uses the Java installed");
        // The Spark job's dependencies are the cluster's (docs/spark.md): none travels with the CLI.
        try (var libs = Files.list(home.resolve("lib"))) {
            List<String> spark = libs.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("spark-") || n.startsWith("scala-") || n.startsWith("hadoop-")).toList();
            assertEquals(List.of(), spark, "no Spark in lib/");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        assertExamplesReport(run(env(bareBin + ":" + javaBin), home.resolve("bin/lihaaz").toString(), "check", "--format",
                "json", "examples"));
    }

    @Test
    void zipRunsWithJavaHomeThroughSymlinksInAnotherBinFolder() throws Exception {
        Path home = zipHome;
        // ~/bin/lihaaz -> ../opt/lihaaz (relative) -> the unpacked bin/lihaaz (absolute): a chain of links.
        Path opt = Files.createDirectories(dir.resolve("opt"));
        link(opt.resolve("lihaaz"), home.resolve("bin/lihaaz"));
        Path userBin = Files.createDirectories(dir.resolve("user-bin"));
        link(userBin.resolve("lihaaz"), Path.of("../opt/lihaaz"));
        Map<String, String> env = env(userBin + ":" + bareBin);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        assertExamplesReport(shell(env, "lihaaz check --format json examples"));
        assertFalse(Files.exists(userBin.resolve("lib")) || Files.exists(userBin.resolve("target")),
                "nothing made beside the link");
    }

    @Test
    void zipWithoutAnyJavaSaysWhatToInstall() throws Exception {
        Path home = zipHome;
        Run r = run(env(bareBin.toString()), home.resolve("bin/lihaaz").toString(), "check", "examples");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no Java found") && r.err().contains("Java 17"), r.err());
    }

    @Test
    void zipRefusesAJavaOlderThan17InOneLine() throws Exception {
        Path old = Files.createDirectories(dir.resolve("jdk-11/bin"));
        Files.writeString(dir.resolve("jdk-11/release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.20\"\n");
        Path java = Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'this Java ran'\nexit 99\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = env(bareBin.toString());
        env.put("JAVA_HOME", dir.resolve("jdk-11").toString());
        Run r = run(env, zipHome.resolve("bin/lihaaz").toString(), "check", "examples");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("Java 11.0.20") && r.err().contains("Java 17 or later"), r.err());
    }

    @Test
    void selfContainedArchiveNeedsNoJavaOnThePath() throws Exception {
        Path home = tarHome;
        assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")), "the jlink runtime is inside");
        Map<String, String> env = env(bareBin.toString());
        String launcher = home.resolve("bin/lihaaz").toString();
        assertExamplesReport(run(env, launcher, "check", "--format", "json", "examples"));

        // The first check left a class-data-sharing archive in the user's cache; the next run maps it
        // and prints the same report.
        Path cache = dir.resolve("home/.cache/lihaaz");
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(1, s.filter(f -> f.toString().endsWith(".jsa")).count(), "one archive in " + cache);
        }
        Run again = run(env, launcher, "check", "--format", "json", "examples");
        assertExamplesReport(again);
    }

    @Test
    void selfContainedRuntimeReadsEveryFormat() throws Exception {
        Path home = tarHome;
        copy(PROJECT.resolve("src/test/resources/formats"), dir.resolve("formats"));
        Map<String, String> env = env(bareBin.toString());
        env.put("LIHAAZ_CDS", "0");
        Run r = run(env, home.resolve("bin/lihaaz").toString(), "check", "--format", "json", "--rules", "formats/rules",
                "formats");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.err(), "no module missing from the runtime: nothing on stderr");
        JsonNode report = JSON.readTree(r.out());
        List<String> names = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            names.add(Path.of(f.get("path").asText()).getFileName().toString());
            assertEquals(0, f.get("problems").size(), f.toString());
            assertTrue(f.get("findings").size() > 0, f.toString());
        }
        assertEquals(List.of("golden.docx", "golden.fountain", "golden.html", "golden.md", "golden.srt", "golden.vtt"), names);
    }

    @Test
    void selfContainedLauncherWorksSymlinkedIntoAnotherBinFolder() throws Exception {
        Path home = tarHome;
        Path userBin = Files.createDirectories(dir.resolve("user-bin"));
        link(userBin.resolve("lihaaz"), home.resolve("bin/lihaaz"));
        Run r = shell(env(userBin + ":" + bareBin), "lihaaz check examples/clean-note.md");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("No findings in 1 file"), r.out());
    }

    @Test
    void theJarAloneSaysInOneLineThatItsLibrariesAreMissing() throws Exception {
        Path alone = Files.createDirectory(dir.resolve("alone"));
        Files.copy(PROJECT.resolve("target/lihaaz.jar"), alone.resolve("lihaaz.jar"));
        Run r = run(env(bareBin.toString()), Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                alone.resolve("lihaaz.jar").toString(), "check", "examples");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertTrue(r.err().startsWith("lihaaz: cannot start:"), r.err());
        assertTrue(r.err().contains(alone.resolve("lib").toString()), "names the folder it looked in: " + r.err());
    }
}
