package org.lihaaz.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.lihaaz.config.ConfigFinder;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.engine.Engines;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.engine.SetupException;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;
import org.lihaaz.report.Report;
import org.lihaaz.yaml.YamlException;

/**
 * Checks everything a user named: walks folders, finds each file's configuration, builds one engine
 * per configuration, checks files in parallel on a bounded pool, and returns one report in a
 * deterministic order. Rule or configuration errors stop the run before any file is checked.
 */
public final class BatchCheck {
    private final BatchOptions options;
    private final boolean keepSources;
    private final ConfigFinder finder = new ConfigFinder();
    private final ConfigLoader loader = new ConfigLoader();
    private final Engines engines;

    public BatchCheck(BatchOptions options) {
        this(options, false);
    }

    /**
     * @param keepSources keep each file's whole text in its report (rewriting needs it); otherwise a
     *                    report keeps only the text around each finding, so a run's memory does not
     *                    grow with the size of what it checks
     */
    public BatchCheck(BatchOptions options, boolean keepSources) {
        this.options = options;
        this.keepSources = keepSources;
        this.engines = new Engines(options.setup().withWholeFiles(keepSources));
    }

    /**
     * Runs the check.
     *
     * @param paths files and folders; "-" reads {@code stdin}
     */
    public Report run(List<String> paths, InputStream stdin) {
        return run(paths, stdin, BatchProgress.NONE);
    }

    /**
     * Runs the check, telling {@code progress} how many files there are and as each is done.
     *
     * @param paths files and folders; "-" reads {@code stdin}
     */
    public Report run(List<String> paths, InputStream stdin, BatchProgress progress) {
        long started = System.nanoTime();
        ProjectConfig fixedConfig;
        try {
            fixedConfig = options.config() == null ? null : loader.load(options.config());
        } catch (YamlException e) {
            return new Report(List.of(), List.of(e.getMessage()), List.of(), System.nanoTime() - started);
        }
        // In folders, only files whose extension is known (built in, or under the configuration's extensions:) are read,
        // and never an HTML report Lihaaz wrote, which quotes every finding it lists.
        FileWalker walker = new FileWalker(file -> {
            try {
                ProjectConfig c = fixedConfig != null ? fixedConfig : finder.forFile(file);
                java.util.Optional<Format> format = c.formatOf(file.getFileName().toString());
                return format.isPresent() && !(format.get() == Format.HTML && isLihaazReport(file));
            } catch (YamlException e) {
                return true;
            }
        });
        boolean readStdin = false;
        for (String p : paths) {
            if (p.equals("-")) {
                readStdin = true;
            } else {
                walker.add(p);
            }
        }
        return check(walker.targets(), walker.failures(), walker.notices(), fixedConfig, readStdin ? stdin : null,
                progress, started);
    }

    /**
     * Checks again files an earlier run reported, at the paths they were found at (never by their
     * display names, which need not lead back to them), for instance once they have been fixed.
     */
    public Report recheck(List<FileReport> files) {
        long started = System.nanoTime();
        ProjectConfig fixedConfig;
        try {
            fixedConfig = options.config() == null ? null : loader.load(options.config());
        } catch (YamlException e) {
            return new Report(List.of(), List.of(e.getMessage()), List.of(), System.nanoTime() - started);
        }
        List<Target> targets = new ArrayList<>();
        for (FileReport f : files) {
            if (f.file() != null) {
                targets.add(new Target(f.file(), f.path(), true, f.tree()));
            }
        }
        return check(targets, List.of(), List.of(), fixedConfig, null, BatchProgress.NONE, started);
    }

    private Report check(List<Target> targets, List<FileReport> failures, List<String> notices, ProjectConfig fixed,
            InputStream stdin, BatchProgress progress, long started) {
        List<String> errors = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>(failures);
        List<Job> jobs = new ArrayList<>();
        // A broken .lihaaz.yml below the top costs only its own folder: reported there, the rest checked.
        Map<String, String> brokenFolders = new java.util.TreeMap<>();
        try {
            for (Target t : targets) {
                ProjectConfig config;
                try {
                    config = fixed != null ? fixed : finder.forFile(t.path());
                } catch (YamlException e) {
                    brokenFolders.putIfAbsent(folderOf(e), e.getMessage());
                    continue;
                }
                if (isIgnoredByConfig(config, t.path())) {
                    continue;
                }
                jobs.add(new Job(Input.ofFile(t.path(), t.display(), formatFor(config, t), t.tree()), config));
            }
            if (stdin != null) {
                String name = options.stdinName() == null ? "<stdin>" : options.stdinName();
                ProjectConfig config = fixed != null ? fixed : finder.forFile(Path.of(options.stdinName() == null
                        ? "stdin.txt" : options.stdinName()));
                jobs.add(new Job(Input.ofBytes(name, readAll(stdin), config.formatOf(name).orElse(Format.TEXT)), config));
            }
            Set<ProjectConfig> unusable = new java.util.HashSet<>();
            for (Job j : jobs) {
                if (unusable.contains(j.config())) {
                    continue;
                }
                try {
                    engine(j.config());
                } catch (SetupException | YamlException e) {
                    if (fixed != null || j.config().file() == null) {
                        throw e;
                    }
                    // The options alone may be what is wrong (--disable x): then it is the whole run's error.
                    engine(ProjectConfig.DEFAULTS);
                    unusable.add(j.config());
                    String message = e instanceof SetupException se ? String.join("; ", se.messages()) : e.getMessage();
                    brokenFolders.putIfAbsent(shown(j.config().base()), message);
                }
            }
            jobs.removeIf(j -> unusable.contains(j.config()));
            brokenFolders.forEach((folder, message) -> reports.add(FileReport.failed(folder,
                    Problem.error(message + " (nothing under this folder was checked)"))));
        } catch (SetupException e) {
            errors.addAll(e.messages());
            return new Report(reports, errors, notices, System.nanoTime() - started);
        } catch (YamlException e) {
            errors.add(e.getMessage());
            return new Report(reports, errors, notices, System.nanoTime() - started);
        } catch (IOException e) {
            errors.add("cannot read standard input: " + e.getMessage());
            return new Report(reports, errors, notices, System.nanoTime() - started);
        }
        reports.addAll(checkAll(jobs, progress));
        return new Report(reports, errors, notices, System.nanoTime() - started);
    }

    /**
     * The files a list of paths names, folders searched as {@link #run} searches them (known
     * extensions, ignore files, the configurations' ignore: and extensions:), for commands that take
     * files one by one (review). Paths that cannot be read come back as failed reports.
     */
    public Files files(List<String> paths) {
        FileWalker walker = new FileWalker(file -> {
            try {
                ProjectConfig c = options.config() != null ? loader.load(options.config()) : finder.forFile(file);
                java.util.Optional<Format> format = c.formatOf(file.getFileName().toString());
                return format.isPresent() && !(format.get() == Format.HTML && isLihaazReport(file))
                        && !isIgnoredByConfig(c, file);
            } catch (YamlException e) {
                return true;
            }
        });
        paths.forEach(walker::add);
        return new Files(walker.targets().stream().map(Target::path).toList(), walker.failures());
    }

    /** Files found, and the paths that could not be read. */
    public record Files(List<Path> found, List<FileReport> failures) {
    }

    /** Whether an HTML file is a report Lihaaz wrote: its generator line, within the first few kilobytes. */
    static boolean isLihaazReport(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains(org.lihaaz.report.HtmlReporter.GENERATOR);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The folder of the configuration file an error is about, as reports name paths. */
    private static String folderOf(YamlException e) {
        Path parent = Path.of(e.location().file()).toAbsolutePath().getParent();
        return shown(parent);
    }

    private static String shown(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = folder.toAbsolutePath().normalize();
        if (abs.equals(here)) {
            return ".";
        }
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }

    /**
     * The engine for one configuration, built on first use ({@link Engines#forConfig}).
     *
     * @throws SetupException when rules cannot be loaded or an option names an unknown rule
     */
    public Lihaaz engine(ProjectConfig config) {
        return engines.forConfig(config);
    }

    private List<FileReport> checkAll(List<Job> jobs, BatchProgress progress) {
        progress.started(jobs.size());
        AtomicInteger done = new AtomicInteger();
        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        threads = Math.max(1, Math.min(threads, jobs.size()));
        List<FileReport> out = new ArrayList<>(jobs.size());
        if (threads == 1) {
            for (Job j : jobs) {
                out.add(checkOne(j));
                progress.fileDone(done.incrementAndGet(), jobs.size());
            }
            progress.finished();
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lihaaz-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileReport>> futures = new ArrayList<>(jobs.size());
            for (Job j : jobs) {
                futures.add(pool.submit(() -> {
                    try {
                        return checkOne(j);
                    } finally {
                        progress.fileDone(done.incrementAndGet(), jobs.size());
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    out.add(FileReport.failed(jobs.get(i).input().name(),
                            Problem.error("internal error: " + Objects.toString(e.getCause()))));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
        return out;
    }

    private FileReport checkOne(Job job) {
        FileReport r;
        try {
            r = engine(job.config()).check(job.input());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug met on one input must not cost the user the report on all the others, on one thread or many.
            return FileReport.failed(job.input().name(), Problem.error("internal error: " + e));
        } catch (OutOfMemoryError e) {
            // What the failed check held is garbage now, so the other inputs still have room.
            return FileReport.failed(job.input().name(), Problem.error(
                    "not enough memory to check this file; not checked (give Java more, e.g. LIHAAZ_JAVA_OPTS=-Xmx2g)"));
        }
        // Findings carry the text around them; the whole text stays only for rewriting.
        return keepSources || r.source() == null
                ? r
                : r.with(r.findings(), null);
    }

    /** A file's format: by extension (the configuration's first); a named file of unknown extension is plain text. */
    private static Format formatFor(ProjectConfig config, Target t) {
        return config.formatOf(t.path().getFileName().toString()).orElse(Format.TEXT);
    }

    /** Each configuration's ignore: patterns, compiled once per run rather than once per file. */
    private final Map<ProjectConfig, IgnoreRules> configIgnores = new HashMap<>();

    private boolean isIgnoredByConfig(ProjectConfig config, Path file) {
        if (config.ignore().isEmpty()) {
            return false;
        }
        IgnoreRules rules = configIgnores.computeIfAbsent(config, c -> IgnoreRules.of(c.base(), c.ignore()));
        Path abs = file.toAbsolutePath().normalize();
        for (Path p = abs; p != null && p.startsWith(config.base()) && !p.equals(config.base()); p = p.getParent()) {
            if (Boolean.TRUE.equals(rules.ignores(p, !p.equals(abs)))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Input.MAX_BYTES));
    }

    private record Job(Input input, ProjectConfig config) {
    }
}
