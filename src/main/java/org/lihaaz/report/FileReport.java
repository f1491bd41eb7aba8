package org.lihaaz.report;

import java.util.Comparator;
import java.util.List;
import org.lihaaz.finding.Finding;
import org.lihaaz.lang.Language;
import org.lihaaz.source.SourceText;

/**
 * The result of checking one input.
 *
 * @param path     the input as the user named it (folders joined with '/'), or "-" style names for stdin
 * @param language the language most of its prose was checked as
 * @param findings findings sorted by offset, then rule id
 * @param problems what went wrong or was skipped
 * @param source   the decoded text, for reporters that show context; null when it could not be read
 */
public record FileReport(String path, Language language, List<Finding> findings, List<Problem> problems,
        SourceText source) {
    public static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.start().offset())
            .thenComparing(Finding::ruleId)
            .thenComparingInt(f -> f.end().offset());

    public FileReport {
        findings = findings.stream().sorted(ORDER).toList();
        problems = List.copyOf(problems);
    }

    public boolean hasError() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    public static FileReport failed(String path, Problem problem) {
        return new FileReport(path, Language.EN, List.of(), List.of(problem), null);
    }
}
