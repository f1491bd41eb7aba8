package org.lihaaz.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lihaaz.rule.Level;

/**
 * The report formats by name, so the CLI's {@code --format} choices come from one place. A reporter
 * is made per run, because some (the human one) depend on the run's options.
 */
public final class Reporters {
    /**
     * What a reporter may depend on.
     *
     * @param color       colour the output (a terminal that wants it)
     * @param summary     end the human report with a summary line
     * @param toolVersion Lihaaz's version, for formats that name the tool
     * @param failOn      the lowest level that fails the run, or null for {@code --fail-on never}
     */
    /**
     * @param terminalWidth the width of the terminal the report is shown on, in cells; 0 when it is not
     *                      shown on a terminal (a pipe or a file), which also leaves out the direction
     *                      isolates that only a terminal needs
     */
    /**
     * @param run what the run was asked to do, for reports that show it (HTML); null leaves it out
     */
    public record Options(boolean color, boolean summary, String toolVersion, Level failOn, int terminalWidth,
            RunInfo run) {
        public Options(boolean color, boolean summary, String toolVersion, Level failOn, int terminalWidth) {
            this(color, summary, toolVersion, failOn, terminalWidth, null);
        }

        public Options(boolean color, boolean summary, String toolVersion, Level failOn) {
            this(color, summary, toolVersion, failOn, 0);
        }

        public Options(boolean color, boolean summary) {
            this(color, summary, "dev", Level.WARNING);
        }
    }

    @FunctionalInterface
    public interface Factory {
        Reporter create(Options options);
    }

    private record Format(Factory factory, boolean forPeople) {
    }

    private static final Map<String, Format> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("human", new Format(o -> new HumanReporter(o.color(), o.summary(), o.terminalWidth()), true));
        FORMATS.put("json", new Format(o -> new JsonReporter(), false));
        FORMATS.put("sarif", new Format(o -> new SarifReporter(o.toolVersion()), false));
        FORMATS.put("github", new Format(o -> new GithubReporter(), false));
        FORMATS.put("checkstyle", new Format(o -> new CheckstyleReporter(), false));
        FORMATS.put("junit", new Format(o -> new JunitReporter(o.failOn()), false));
        FORMATS.put("rdjson", new Format(o -> new RdjsonReporter(), false));
        FORMATS.put("csv", new Format(o -> new CsvReporter(), false));
        FORMATS.put("html", new Format(o -> new HtmlReporter(o.toolVersion(), o.run()), true));
        FORMATS.put("line", new Format(o -> new LineReporter(), false));
    }

    private Reporters() {
    }

    public static Set<String> names() {
        return FORMATS.keySet();
    }

    public static Optional<Reporter> create(String name, Options options) {
        Format f = FORMATS.get(name);
        return f == null ? Optional.empty() : Optional.of(f.factory().create(options));
    }

    /**
     * True for formats people read (the terminal report, the HTML page), false for formats other
     * programs parse: progress and other chatter are kept away from the latter.
     */
    public static boolean isForPeople(String name) {
        Format f = FORMATS.get(name);
        return f != null && f.forPeople();
    }
}
