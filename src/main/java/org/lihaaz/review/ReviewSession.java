package org.lihaaz.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lihaaz.finding.Finding;
import org.lihaaz.fix.Disk;
import org.lihaaz.finding.Edit;
import org.lihaaz.fix.FixPlanner;
import org.lihaaz.fix.Fixer;
import org.lihaaz.fix.Patch;
import org.lihaaz.report.HumanReporter;
import org.lihaaz.report.TerminalSafe;
import org.lihaaz.source.SourceText;

/**
 * An interactive review of findings, one at a time, for a person at a terminal: each finding is
 * shown in its context with numbered suggestions, and the person answers with a key (and Enter):
 * a number to use that suggestion, {@code s} to skip, {@code e} to type another replacement,
 * {@code i} to ignore the rule for the rest of the file, {@code a} to add the term to the project's
 * {@code allow:} list, {@code u} to undo the previous answer in this file, {@code q} to save and stop.
 * A finding is shown as the text now reads, with the replacements already accepted in it. Each file's confirmed changes are written
 * atomically when its last finding is answered; {@link #saveConfirmed()} writes them at any moment
 * (the command calls it when interrupted), so nothing already confirmed is lost.
 */
public final class ReviewSession {
    private static final int CONTEXT_LINES = 2;
    private static final int WIDTH = 100;

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean color;
    private final Fixer fixer;
    private final ProjectAllowList allowList;

    /** The file being reviewed and its confirmed edits, not yet written; guarded by {@code this}. */
    private ReviewFile current;
    private List<Edit> confirmed = new ArrayList<>();
    private int written;
    private int filesWritten;
    /** Terms added to the allow: list during this review: not asked about again in any file. */
    private final Set<String> allowedWords = new HashSet<>();

    public ReviewSession(BufferedReader in, PrintWriter out, Disk disk, boolean color) {
        this.in = in;
        this.out = out;
        this.color = color;
        this.fixer = new Fixer(disk);
        this.allowList = new ProjectAllowList(disk);
    }

    /** What a review did. */
    public record Summary(int changes, int files, boolean quit, boolean failed) {
    }

    public Summary review(List<ReviewFile> files) throws IOException {
        boolean failed = false;
        for (ReviewFile f : files) {
            Outcome o = reviewFile(f);
            failed |= o == Outcome.FAILED;
            if (o == Outcome.QUIT) {
                return new Summary(written, filesWritten, true, failed);
            }
        }
        return new Summary(written, filesWritten, false, failed);
    }

    private enum Outcome { DONE, QUIT, FAILED }

    private Outcome reviewFile(ReviewFile file) throws IOException {
        List<Finding> findings = file.report().findings();
        if (findings.isEmpty()) {
            return Outcome.DONE;
        }
        if (!file.format().rewritable()) {
            out.println(TerminalSafe.path(file.report().path()) + ": a " + file.format().id() + " file cannot be rewritten here;"
                    + " 'lihaaz check' lists its findings");
            out.flush();
            return Outcome.DONE;
        }
        synchronized (this) {
            current = file;
            confirmed = new ArrayList<>();
        }
        SourceText source = file.report().source();
        String text = source.text();
        Set<String> ignoredRules = new HashSet<>();
        List<Step> answers = new ArrayList<>();
        boolean quit = false;
        int n = 0;
        while (n < findings.size() && !quit) {
            Finding f = findings.get(n);
            if (ignoredRules.contains(f.ruleId()) || allowedWords.contains(allowKey(f)) || overlapsConfirmed(f)) {
                n++;
                continue;
            }
            List<String> choices = applicable(text, f);
            show(file, source, f, choices, n + 1, findings.size());
            Step before = new Step(n, snapshot(), Set.copyOf(ignoredRules), null, null);
            boolean answered = false;
            boolean undone = false;
            while (!answered) {
                out.print(style("> ", "1"));
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    quit = true;
                    break;
                }
                String key = line.strip().toLowerCase(Locale.ROOT);
                answered = true;
                if (key.equals("s") || key.isEmpty()) {
                    out.println("  skipped");
                } else if (isNumber(key) && Integer.parseInt(key) >= 1 && Integer.parseInt(key) <= choices.size()) {
                    answered = accept(text, f, choices.get(Integer.parseInt(key) - 1));
                } else if (key.equals("e")) {
                    out.print("  replace '" + TerminalSafe.line(f.match()) + "' with (Enter to go back): ");
                    out.flush();
                    String typed = in.readLine();
                    if (typed == null) {
                        quit = true;
                    } else if (typed.strip().isEmpty()) {
                        answered = false;
                    } else {
                        answered = accept(text, f, typed.strip());
                    }
                } else if (key.equals("i")) {
                    ignoredRules.add(f.ruleId());
                    out.println("  " + f.ruleId() + " is ignored for the rest of " + TerminalSafe.path(file.report().path()));
                } else if (key.equals("a") && allowTerm(f) != null) {
                    String term = allowTerm(f);
                    try {
                        Path written = allowList.add(file.config(), file.folder(), term);
                        allowedWords.add(allowKey(f));
                        before = new Step(n, before.confirmed(), before.ignored(), written, term);
                        out.println("  '" + TerminalSafe.line(term) + "' added to the allow: list of " + TerminalSafe.line(String.valueOf(written)));
                    } catch (IOException e) {
                        out.println("  " + TerminalSafe.line(String.valueOf(e.getMessage())));
                        answered = false;
                    }
                } else if (key.equals("u")) {
                    if (answers.isEmpty()) {
                        out.println("  nothing to undo in " + TerminalSafe.path(file.report().path()));
                        answered = false;
                    } else {
                        Step last = answers.remove(answers.size() - 1);
                        restore(last, ignoredRules);
                        n = last.index();
                        undone = true;
                        out.println("  undone: back to finding " + (n + 1));
                    }
                } else if (key.equals("q")) {
                    quit = true;
                } else {
                    out.println(help(f));
                    answered = false;
                }
            }
            if (!undone && !quit) {
                answers.add(before);
                n++;
            }
        }
        boolean ok = saveConfirmed();
        return quit ? Outcome.QUIT : ok ? Outcome.DONE : Outcome.FAILED;
    }

    /**
     * The state before one answer in the file under review, so {@code u} can return to it.
     *
     * @param allowFile the configuration file this answer added {@code allowTerm} to, or null; a file already
     *                  written is not edited back, but the person is told where the entry is
     */
    private record Step(int index, List<Edit> confirmed, Set<String> ignored, Path allowFile, String allowTerm) {
    }

    private synchronized List<Edit> snapshot() {
        return List.copyOf(confirmed);
    }

    private void restore(Step step, Set<String> ignoredRules) {
        synchronized (this) {
            confirmed = new ArrayList<>(step.confirmed());
        }
        ignoredRules.clear();
        ignoredRules.addAll(step.ignored());
        if (step.allowFile() != null) {
            allowedWords.remove(step.allowTerm().toLowerCase(Locale.ROOT));
            out.println("  the allow: entry stays in " + TerminalSafe.line(String.valueOf(step.allowFile())) + " (remove '"
                    + TerminalSafe.line(step.allowTerm()) + "' there to undo it)");
        }
    }

    /**
     * The finding's replacements that can be put in place: one that cannot (a match across subtitle
     * cues or markup, inside a quotation) is not offered as a choice.
     */
    private static List<String> applicable(String text, Finding f) {
        return f.suggestions().stream().filter(r -> FixPlanner.whyNotRewritable(text, f, r) == null).toList();
    }

    private boolean accept(String text, Finding f, String replacement) {
        synchronized (this) {
            List<Edit> next = new ArrayList<>(confirmed);
            if (!FixPlanner.add(next, text, f, replacement)) {
                String why = FixPlanner.whyNotRewritable(text, f, replacement);
                out.println("  cannot change this match: " + (why != null ? TerminalSafe.line(why) : "it overlaps a change already made"));
                return false;
            }
            confirmed = next;
        }
        out.println("  " + style("\u2192 " + TerminalSafe.line(replacement), "32"));
        return true;
    }

    /**
     * Writes the confirmed changes of the file under review, atomically, and forgets them. Safe to
     * call from another thread (an interrupt) at any time.
     *
     * @return false when they could not be written
     */
    /** How many files this session has written so far (for the line printed on Ctrl-C). */
    public synchronized int filesWritten() {
        return filesWritten;
    }

    public synchronized boolean saveConfirmed() {
        if (current == null || confirmed.isEmpty()) {
            current = null;
            return true;
        }
        ReviewFile file = current;
        List<Edit> edits = confirmed;
        current = null;
        confirmed = new ArrayList<>();
        Fixer.Result r = fixer.apply(file.path(), file.report().path(), file.report().source().text(), file.format(),
                edits, true);
        if (r.status() == Fixer.Status.FIXED) {
            int changes = countMatches(edits, file);
            written += changes;
            filesWritten++;
            out.println("saved " + changes + (changes == 1 ? " change" : " changes") + " to " + TerminalSafe.path(file.report().path()));
            out.flush();
            return true;
        }
        out.println(TerminalSafe.path(file.report().path()) + ": " + TerminalSafe.line(r.message()));
        out.flush();
        return false;
    }

    /** Changes the person made (article adjustments ride along with their match). */
    private static int countMatches(List<Edit> edits, ReviewFile file) {
        int n = 0;
        for (Edit e : edits) {
            for (Finding f : file.report().findings()) {
                if (f.sourceStart() == e.start() && f.sourceEnd() == e.end()) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private synchronized boolean overlapsConfirmed(Finding f) {
        Edit e = new Edit(f.sourceStart(), f.sourceEnd(), "");
        return confirmed.stream().anyMatch(e::overlaps);
    }

    /**
     * The text as it reads with the replacements accepted so far in it, and the finding placed in
     * that text, so the person judges what the file will say. A replacement is one line, so line
     * numbers stay. Review holds the whole text, so the context is read from it, not the excerpt.
     */
    private synchronized View view(SourceText source, Finding f) {
        if (confirmed.isEmpty()) {
            return new View(source, f);
        }
        List<Edit> edits = FixPlanner.sorted(confirmed);
        int shift = 0;
        for (Edit e : edits) {
            if (e.end() <= f.sourceStart()) {
                shift += e.replacement().length() - (e.end() - e.start());
            }
        }
        // Line and column stay those of the file on disk, which is what an editor opened beside shows.
        return new View(new SourceText(Patch.apply(source.text(), edits)), f.withExcerpt(null).movedBy(shift, 0, 0, 0));
    }

    private record View(SourceText source, Finding finding) {
    }

    private void show(ReviewFile file, SourceText original, Finding shownAs, List<String> choices, int n, int total) {
        View v = view(original, shownAs);
        SourceText source = v.source();
        Finding f = v.finding();
        out.println();
        out.println(style(TerminalSafe.path(file.report().path()) + ":" + f.start().line() + ":" + f.start().column(), "1")
                + (f.anchor() != null && f.anchor().anchor().label() != null ? " " + TerminalSafe.line(f.anchor().anchor().label()) : "")
                + "  " + f.level().id() + "  " + style(f.ruleId(), "2") + "  (" + n + " of " + total + ")");
        out.println(HumanReporter.isolated(TerminalSafe.line(f.message())));
        int line = f.start().line() - 1;
        int numWidth = String.valueOf(Math.min(source.lineCount(), line + CONTEXT_LINES + 1)).length();
        for (int l = Math.max(0, line - CONTEXT_LINES); l < line; l++) {
            out.println(gutter(l + 1, numWidth) + cut(source.lineText(l)));
        }
        String[] ctx = HumanReporter.shownContext(source, f, WIDTH, true);
        if (ctx != null) {
            out.println(gutter(line + 1, numWidth) + ctx[0]);
            out.println(" ".repeat(numWidth + 3) + style(ctx[1], "33;1"));
        }
        for (int l = line + 1; l <= Math.min(source.lineCount() - 1, line + CONTEXT_LINES); l++) {
            if (l == source.lineCount() - 1 && source.lineText(l).isEmpty()) {
                break;
            }
            out.println(gutter(l + 1, numWidth) + cut(source.lineText(l)));
        }
        if (f.quoted()) {
            // Enter skips: a speaker's words are left as spoken unless the person chooses otherwise.
            out.println("  " + style("in a quotation: these are a speaker's words; Enter leaves them as spoken", "2"));
        }
        for (int i = 0; i < choices.size(); i++) {
            out.println("  " + style((i + 1) + ")", "1") + " " + HumanReporter.isolated(TerminalSafe.line(choices.get(i))));
        }
        if (choices.isEmpty() && !f.suggestions().isEmpty() && !f.quoted()) {
            String why = FixPlanner.whyNotRewritable(original.text(), shownAs, f.suggestions().get(0));
            out.println("  " + style("instead: " + TerminalSafe.line(String.join(", ", f.suggestions()))
                    + (why == null ? "" : " (not offered here: " + TerminalSafe.line(why) + ")"), "2"));
        }
        out.println(style(keys(f, choices.size()), "2"));
    }

    private static String keys(Finding f, int n) {
        String use = n == 0 ? "" : (n == 1 ? "1 use" : "1-" + n + " use") + " \u00B7 ";
        String allow = allowTerm(f) == null ? "" : "a allow '" + allowTerm(f) + "' \u00B7 ";
        return use + "s skip \u00B7 e edit \u00B7 i ignore rule in this file \u00B7 " + allow + "u undo \u00B7 q save and quit \u00B7 ? help";
    }

    private static String help(Finding f) {
        return "  Answer with a key, then Enter:\n"
                + "    1, 2, ...  replace the match with that suggestion (and fix 'a'/'an' before it)\n"
                + "    s          skip this finding (Enter alone does too)\n"
                + "    e          type your own replacement\n"
                + "    i          ignore " + f.ruleId() + " for the rest of this file\n"
                + (allowTerm(f) == null ? "" : "    a          add '" + TerminalSafe.line(allowTerm(f))
                        + "' to the project's allow: list in .lihaaz.yml\n")
                + "    u          undo the previous answer in this file and show that finding again\n"
                + "    q          save this file's changes and stop\n"
                + "  Changes are saved when a file is done, on q, and on Ctrl-C.";
    }

    /**
     * The term 'a' allows: the rule's term when it is plain words (so every form is allowed), else the
     * match when it is plain words on one line. A match that runs across subtitle cues or markup holds
     * timings or tags, which an allow list must never record: then nothing is offered (null).
     */
    public static String allowTerm(Finding f) {
        if (isPlainTerm(f.term())) {
            return f.term();
        }
        return isPlainTerm(f.match()) ? f.match() : null;
    }

    private static boolean isPlainTerm(String s) {
        if (s.isBlank()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == ' ' || c == '-'
                    || c == '\'' || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    private static String allowKey(Finding f) {
        String term = allowTerm(f);
        return term == null ? "" : term.toLowerCase(Locale.ROOT);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 4 && s.chars().allMatch(Character::isDigit);
    }

    private static String gutter(int line, int width) {
        String n = String.valueOf(line);
        return " ".repeat(Math.max(0, width - n.length())) + n + " \u2502 ";
    }

    private static String cut(String line) {
        String clean = TerminalSafe.line(line.length() > WIDTH ? line.substring(0, WIDTH) : line);
        return HumanReporter.isolated(clean.length() <= WIDTH ? clean : clean.substring(0, WIDTH - 1) + "\u2026");
    }

    private String style(String s, String sgr) {
        return color ? "\u001B[" + sgr + "m" + s + "\u001B[0m" : s;
    }
}
