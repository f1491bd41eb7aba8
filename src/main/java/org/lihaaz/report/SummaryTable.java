package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Level;

/**
 * The {@code --summary} tables for a terminal: findings per category (split by level), the files
 * with most findings, and the rules that fired most. Columns are aligned by display width, so Urdu
 * paths and wide characters line up too. File names and categories pass through {@link TerminalSafe}.
 */
public final class SummaryTable implements Reporter {
    /** Rows shown in the file and rule tables; the rest are counted in one line. */
    static final int TOP = 10;

    @Override
    public void write(Report report, Writer out) throws IOException {
        int findings = report.findingCount();
        long withFindings = report.files().stream().filter(f -> !f.findings().isEmpty()).count();
        out.write("Summary: " + plural(findings, "finding") + " in " + withFindings + " of "
                + plural(report.files().size(), "file") + "\n");
        if (findings == 0) {
            out.flush();
            return;
        }
        Map<String, Map<Level, Integer>> byCategory = new TreeMap<>();
        Map<String, Integer> byRule = new HashMap<>();
        for (FileReport f : report.files()) {
            for (Finding x : f.findings()) {
                byCategory.computeIfAbsent(x.category(), k -> new EnumMap<>(Level.class)).merge(x.level(), 1, Integer::sum);
                byRule.merge(x.ruleId(), 1, Integer::sum);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("category", "findings", "errors", "warnings", "suggestions"));
        Map<Level, Integer> totals = new EnumMap<>(Level.class);
        for (Map.Entry<String, Map<Level, Integer>> e : byCategory.entrySet()) {
            Map<Level, Integer> c = e.getValue();
            c.forEach((k, v) -> totals.merge(k, v, Integer::sum));
            rows.add(countsRow(TerminalSafe.line(e.getKey()), c));
        }
        rows.add(countsRow("total", totals));
        out.write("\n");
        table(out, rows, true);

        List<FileReport> files = report.files().stream().filter(f -> !f.findings().isEmpty())
                .sorted(Comparator.comparingInt((FileReport f) -> -f.findings().size()).thenComparing(FileReport::path))
                .toList();
        rows = new ArrayList<>();
        rows.add(List.of("file", "findings"));
        for (FileReport f : files.subList(0, Math.min(TOP, files.size()))) {
            rows.add(List.of(TerminalSafe.path(f.path()), Integer.toString(f.findings().size())));
        }
        out.write("\n");
        table(out, rows, false);
        more(out, files.size());

        List<Map.Entry<String, Integer>> rules = new ArrayList<>(byRule.entrySet());
        rules.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        rows = new ArrayList<>();
        rows.add(List.of("top rules", "findings"));
        for (Map.Entry<String, Integer> e : rules.subList(0, Math.min(TOP, rules.size()))) {
            rows.add(List.of(e.getKey(), Integer.toString(e.getValue())));
        }
        out.write("\n");
        table(out, rows, false);
        more(out, rules.size());
        out.flush();
    }

    private static List<String> countsRow(String name, Map<Level, Integer> c) {
        int sum = c.values().stream().mapToInt(Integer::intValue).sum();
        return List.of(name, Integer.toString(sum), Integer.toString(c.getOrDefault(Level.ERROR, 0)),
                Integer.toString(c.getOrDefault(Level.WARNING, 0)), Integer.toString(c.getOrDefault(Level.SUGGESTION, 0)));
    }

    private static void more(Writer out, int count) throws IOException {
        if (count > TOP) {
            out.write("  \u2026 and " + (count - TOP) + " more\n");
        }
    }

    /** First column left-aligned, the rest right-aligned; a rule under the header (and above a total). */
    private static void table(Writer out, List<List<String>> rows, boolean lastIsTotal) throws IOException {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], TextWidth.of(r.get(c)));
            }
        }
        int total = 2 * (cols - 1);
        for (int w : width) {
            total += w;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i == 1 || (lastIsTotal && i == rows.size() - 1)) {
                out.write("  " + "\u2500".repeat(total) + "\n");
            }
            List<String> r = rows.get(i);
            StringBuilder b = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                String cell = r.get(c);
                String pad = " ".repeat(width[c] - TextWidth.of(cell));
                b.append(c == 0 ? cell + pad : pad + cell);
                if (c < cols - 1) {
                    b.append("  ");
                }
            }
            out.write(b.toString().stripTrailing() + "\n");
        }
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
