package org.lihaaz.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.lihaaz.finding.Finding;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Fingerprint;
import org.lihaaz.report.Report;

/**
 * Findings accepted on the day a project adopted Lihaaz, so that only new ones are reported. Each is
 * known by rule, file and {@link Fingerprint} (the matched text and the words around it, not its
 * line), with a count for the same wording written several times in one file: if a file had the
 * same sentence twice and now has it three times, one finding is new.
 */
public final class Baseline {
    /** One kind of accepted finding. */
    public record Entry(String rule, String path, String fingerprint, int count, String match) {
        public Entry {
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1");
            }
        }

        Key key() {
            return new Key(rule, path, fingerprint);
        }
    }

    record Key(String rule, String path, String fingerprint) {
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::rule)
            .thenComparing(Entry::fingerprint);

    private final List<Entry> entries;

    public Baseline(List<Entry> entries) {
        Map<Key, Entry> merged = new HashMap<>();
        for (Entry e : entries) {
            merged.merge(e.key(), e, (a, b) -> new Entry(a.rule(), a.path(), a.fingerprint(), a.count() + b.count(),
                    a.match()));
        }
        this.entries = merged.values().stream().sorted(ORDER).toList();
    }

    /**
     * Today's findings of a run.
     *
     * @param pathKey turns a report path into the path stored (relative to the baseline's folder)
     */
    public static Baseline of(Report report, UnaryOperator<String> pathKey) {
        List<Entry> entries = new ArrayList<>();
        for (FileReport f : report.files()) {
            String path = pathKey.apply(f.path());
            for (Finding x : f.findings()) {
                entries.add(new Entry(x.ruleId(), path, Fingerprint.of(x, f.source()), 1, x.match()));
            }
        }
        return new Baseline(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Accepted findings, counting repeats. */
    public int findingCount() {
        return entries.stream().mapToInt(Entry::count).sum();
    }

    /**
     * The report with only the findings this baseline does not cover. Within a file, findings are
     * matched in order, so when there are more than the baseline counted, the later ones are new.
     */
    public Report newFindings(Report report, UnaryOperator<String> pathKey) {
        Map<Key, Integer> left = new HashMap<>();
        for (Entry e : entries) {
            left.put(e.key(), e.count());
        }
        Map<String, String> keys = new HashMap<>();
        return report.keepFindings((file, x) -> {
            String path = keys.computeIfAbsent(file.path(), pathKey);
            Key k = new Key(x.ruleId(), path, Fingerprint.of(x, file.source()));
            Integer n = left.get(k);
            if (n == null || n == 0) {
                return true;
            }
            left.put(k, n - 1);
            return false;
        });
    }
}
