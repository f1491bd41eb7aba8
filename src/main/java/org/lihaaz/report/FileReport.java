package org.lihaaz.report;

import java.nio.file.Path;
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
 * @param file     the file as it was found on disk (never rebuilt from {@code path}, which is for
 *                 people); null when the input was not a file
 * @param tree     the real path of the folder the user named that the file was found in, which a
 *                 rewrite must not leave; null when the user named the file itself
 */
public record FileReport(String path, Language language, List<Finding> findings, List<Problem> problems,
        SourceText source, Path file, Path tree) {
    public static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.start().offset())
            .thenComparing(Finding::ruleId)
            .thenComparingInt(f -> f.end().offset());

    public FileReport {
        findings = findings.stream().sorted(ORDER).toList();
        problems = List.copyOf(problems);
    }

    /** A report of an input that is not a file on disk (or whose file does not matter). */
    public FileReport(String path, Language language, List<Finding> findings, List<Problem> problems, SourceText source) {
        this(path, language, findings, problems, source, null, null);
    }

    /** The same report with other findings and text (the file it is of stays). */
    public FileReport with(List<Finding> findings, SourceText source) {
        return new FileReport(path, language, findings, problems, source, file, tree);
    }

    public boolean hasError() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    public static FileReport failed(String path, Problem problem) {
        return new FileReport(path, Language.EN, List.of(), List.of(problem), null);
    }
}
