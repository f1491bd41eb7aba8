package org.lihaaz.ruletest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lihaaz.fix.AtomicWriter;
import org.lihaaz.fix.Disk;
import org.lihaaz.rule.Example;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.yaml.Location;
import org.lihaaz.internal.yaml.YamlNode;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Writes what the engine does today into a pack's flag examples that do not pin it yet: brackets
 * around the flagged words and, for rules with replacements, {@code => } and the sentence with the
 * first replacement in place. Like a snapshot test's update, it records; a person must read every
 * pinned sentence and correct the rule where it reads wrong. Only the example scalars change; the
 * rest of the file keeps its bytes.
 */
public final class ExamplePinner {
    /** The pack's new text and what was done. */
    public record Result(String text, List<String> pinned, List<String> skipped) {
        public Result {
            pinned = List.copyOf(pinned);
            skipped = List.copyOf(skipped);
        }
    }

    private record Change(int start, int end, String text) {
    }

    private ExamplePinner() {
    }

    /** Pins a pack file in place (written atomically; the file is left alone when nothing changes). */
    public static Result pinFile(Path pack, RuleSet rules) throws IOException {
        byte[] original = Files.readAllBytes(pack);
        String text = new String(original, StandardCharsets.UTF_8);
        Result r = pin(text, pack.toString(), rules, new RuleExampleRunner(rules));
        if (!r.text().equals(text)) {
            new AtomicWriter(Disk.real()).replace(pack, original, r.text().getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    public static Result pin(String text, String file, RuleSet rules, RuleExampleRunner runner) {
        YamlNode root = new YamlReader().read(text, file);
        List<String> pinned = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        if (!(root instanceof YamlNode.Sequence list)) {
            return new Result(text, pinned, skipped);
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Mapping m) || !(m.get("id") instanceof YamlNode.Scalar id)
                    || !(m.get("examples") instanceof YamlNode.Mapping ex)) {
                continue;
            }
            Rule rule = rules.get(id.text()).orElse(null);
            if (rule == null || ex.get("flag") == null) {
                continue;
            }
            YamlNode flag = ex.get("flag");
            List<YamlNode> flags = flag instanceof YamlNode.Sequence seq ? seq.items() : List.of(flag);
            boolean flow = flag instanceof YamlNode.Sequence && charAt(text, lineStarts, flag.location()) == '[';
            for (YamlNode n : flags) {
                if (!(n instanceof YamlNode.Scalar s)) {
                    continue;
                }
                Example written = Example.parse(s.text());
                if (written.pinsRewrite() || (written.marksSpan() && rule.replace().isEmpty())) {
                    continue;
                }
                RuleExampleRunner.FlagResult r = runner.checkFlag(rule, written.sentence());
                if (r.finding() == null) {
                    skipped.add(s.location() + ": not flagged: " + written.sentence());
                    continue;
                }
                String sentence = written.sentence();
                int a = r.finding().sourceStart();
                int b = r.finding().sourceEnd();
                String marked = escape(sentence.substring(0, a)) + "[" + escape(sentence.substring(a, b)) + "]"
                        + escape(sentence.substring(b));
                if (!rule.replace().isEmpty()) {
                    marked += " => " + (r.rewrite() == null ? Example.NO_REPLACEMENT : r.rewrite());
                }
                int start = index(lineStarts, s.location());
                int end = scalarEnd(text, start, flow);
                boolean quoted = text.charAt(start) == '"' || text.charAt(start) == '\'';
                if (end < 0 || (!quoted && !text.substring(start, end).equals(s.text()))) {
                    skipped.add(s.location() + ": could not find where the example ends; pin it by hand");
                    continue;
                }
                changes.add(new Change(start, end, quote(marked)));
                pinned.add(rule.id() + ": " + marked);
            }
        }
        StringBuilder out = new StringBuilder(text);
        changes.sort((x, y) -> Integer.compare(y.start(), x.start()));
        for (Change c : changes) {
            out.replace(c.start(), c.end(), c.text());
        }
        return new Result(out.toString(), pinned, skipped);
    }

    private static String escape(String s) {
        return s.replace("[", "\\[").replace("]", "\\]");
    }

    /** A double-quoted YAML scalar. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }

    /**
     * Where a one-line scalar that starts at {@code start} ends: after its closing quote, or for a plain
     * scalar at the end of the line (block) or before the next ',' or ']' (flow). -1 for a scalar that
     * runs over several lines, which is left for a person.
     */
    static int scalarEnd(String text, int start, boolean flow) {
        char q = text.charAt(start);
        if (q == '"' || q == '\'') {
            for (int i = start + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    return -1;
                }
                if (q == '"' && c == '\\') {
                    i++;
                } else if (c == q) {
                    if (q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return i + 1;
                    }
                }
            }
            return -1;
        }
        if (q == '>' || q == '|') {
            return -1;
        }
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && !(flow && (text.charAt(i) == ',' || text.charAt(i) == ']'))
                && !(text.charAt(i) == '#' && i > start && text.charAt(i - 1) == ' ')) {
            i++;
        }
        while (i > start && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int index(int[] lineStarts, Location at) {
        return lineStarts[at.line() - 1] + at.column() - 1;
    }

    private static char charAt(String text, int[] lineStarts, Location at) {
        int i = index(lineStarts, at);
        return i < text.length() ? text.charAt(i) : 0;
    }
}
