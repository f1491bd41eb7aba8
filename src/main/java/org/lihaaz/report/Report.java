package org.lihaaz.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;

/**
 * The result of one run: a report per input, sorted by path, so the same inputs always give the
 * same report.
 *
 * @param files  per-input reports, sorted by path
 * @param errors  run-level errors not tied to one input (a bad configuration file, say)
 * @param notices run-level remarks that are not errors (a link loop not followed, say)
 * @param elapsedNanos how long the run took
 */
public record Report(List<FileReport> files, List<String> errors, List<String> notices, long elapsedNanos) {
    public Report {
        files = files.stream().sorted(Comparator.comparing(FileReport::path)).toList();
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }

    public int findingCount() {
        return files.stream().mapToInt(f -> f.findings().size()).sum();
    }

    /** Findings per level, in level order; only levels that occur. */
    public Map<Level, Integer> byLevel() {
        Map<Level, Integer> out = new TreeMap<>(Comparator.reverseOrder());
        for (FileReport f : files) {
            for (Finding x : f.findings()) {
                out.merge(x.level(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Findings per category, by name. */
    public Map<String, Integer> byCategory() {
        Map<String, Integer> out = new TreeMap<>();
        for (FileReport f : files) {
            for (Finding x : f.findings()) {
                out.merge(x.category(), 1, Integer::sum);
            }
        }
        return out;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || files.stream().anyMatch(FileReport::hasError);
    }

    /** True when some finding is at or above {@code threshold}. */
    public boolean hasFindingsAtLeast(Level threshold) {
        return files.stream().flatMap(f -> f.findings().stream()).anyMatch(x -> x.level().atLeast(threshold));
    }

    /** The rules that raised the findings of this run, by id (for formats that describe rules). */
    public List<Rule> rulesWithFindings() {
        Map<String, Rule> out = new TreeMap<>();
        for (FileReport f : files) {
            for (Finding x : f.findings()) {
                out.putIfAbsent(x.ruleId(), x.rule());
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * This report with only the findings {@code keep} accepts (baselines, changed lines); files,
     * problems, errors and notices stay as they are.
     */
    public Report keepFindings(BiPredicate<FileReport, Finding> keep) {
        List<FileReport> kept = new ArrayList<>(files.size());
        for (FileReport f : files) {
            List<Finding> findings = f.findings().stream().filter(x -> keep.test(f, x)).toList();
            kept.add(findings.size() == f.findings().size() ? f
                    : f.with(findings, f.source()));
        }
        return new Report(kept, errors, notices, elapsedNanos);
    }
}
