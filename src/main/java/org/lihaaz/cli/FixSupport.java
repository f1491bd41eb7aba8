package org.lihaaz.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lihaaz.batch.BatchCheck;
import org.lihaaz.batch.BatchOptions;
import org.lihaaz.config.ConfigFinder;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.fix.ReportFixer;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Report;

/** What {@code check --fix} needs besides the fixer: each file's format, and a fresh report of the changed files. */
final class FixSupport {
    private final Path fixedConfig;
    private final ConfigFinder finder = new ConfigFinder();

    FixSupport(Path fixedConfig) {
        this.fixedConfig = fixedConfig;
    }

    /** The format a reported file was read as (its configuration's extensions first). */
    Format formatOf(String path) {
        ProjectConfig c = fixedConfig != null ? new ConfigLoader().load(fixedConfig) : finder.forFile(Path.of(path));
        return c.formatOf(Path.of(path).getFileName().toString()).orElse(Format.TEXT);
    }

    /** The report with every changed file checked again, so positions and findings are those of the new text. */
    Report recheck(BatchOptions options, Report before, ReportFixer.Outcome outcome) {
        List<String> changed = new ArrayList<>();
        outcome.files().stream().filter(ReportFixer.FileOutcome::changed).forEach(f -> changed.add(f.path()));
        if (changed.isEmpty()) {
            return before;
        }
        Report again = new BatchCheck(options).run(changed, new ByteArrayInputStream(new byte[0]));
        Map<String, FileReport> fresh = new HashMap<>();
        again.files().forEach(f -> fresh.put(f.path(), f));
        List<FileReport> files = new ArrayList<>();
        for (FileReport f : before.files()) {
            files.add(fresh.getOrDefault(f.path(), f));
        }
        return new Report(files, before.errors(), before.notices(), before.elapsedNanos() + again.elapsedNanos());
    }
}
