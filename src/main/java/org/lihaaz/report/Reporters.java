package org.lihaaz.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report formats by name, so the CLI's {@code --format} choices come from one place. A reporter
 * is made per run, because some (the human one) depend on the run's options.
 */
public final class Reporters {
    /** What a reporter may depend on. */
    public record Options(boolean color, boolean summary) {
    }

    @FunctionalInterface
    public interface Factory {
        Reporter create(Options options);
    }

    private static final Map<String, Factory> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("human", o -> new HumanReporter(o.color(), o.summary()));
        FORMATS.put("json", o -> new JsonReporter());
    }

    private Reporters() {
    }

    public static Set<String> names() {
        return FORMATS.keySet();
    }

    public static Optional<Reporter> create(String name, Options options) {
        Factory f = FORMATS.get(name);
        return f == null ? Optional.empty() : Optional.of(f.create(options));
    }
}
