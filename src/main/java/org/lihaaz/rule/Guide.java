package org.lihaaz.rule;

import java.util.List;
import org.lihaaz.yaml.Location;

/**
 * A public style guide as a checklist ({@code rules/guides/<id>.yml}): each of its entries, named as a
 * term, with the rules that cover it or a reason in our own words why none does. The coverage report
 * reads these; the checker does not.
 */
public record Guide(String id, String title, String source, List<Entry> entries, Location location) {
    public Guide {
        entries = List.copyOf(entries);
    }

    /** One entry: {@code rules} when covered, else {@code reason}. */
    public record Entry(String entry, List<String> rules, String reason, Location location) {
        public Entry {
            rules = List.copyOf(rules);
        }

        public boolean covered() {
            return !rules.isEmpty();
        }
    }

    /** Entries with at least one rule. */
    public long covered() {
        return entries.stream().filter(Entry::covered).count();
    }
}
