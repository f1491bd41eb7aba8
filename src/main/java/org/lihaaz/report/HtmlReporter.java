package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Level;
import org.lihaaz.source.SourceText;

/**
 * One self-contained HTML page for editors: totals, charts of findings by category and by level
 * (inline SVG), files ranked by findings, and every finding in context with its suggestions, note and
 * source link, filterable by category, level and language. Nothing is loaded from the network: the
 * styles and the small filter script are inline, and a Content-Security-Policy forbids anything else.
 * Without JavaScript the page still shows everything; only the filters need it.
 */
public final class HtmlReporter implements Reporter {
    /** How every HTML report begins its generator line; folder walks skip files that carry it. */
    public static final String GENERATOR = "<meta name=\"generator\" content=\"Lihaaz ";

    /** Characters of context shown on either side of a match. */
    static final int CONTEXT_CHARS = 90;

    private final String toolVersion;
    private final RunInfo run;

    public HtmlReporter(String toolVersion) {
        this(toolVersion, null);
    }

    /** @param run what the run was asked to do, shown under the title; null leaves it out */
    public HtmlReporter(String toolVersion, RunInfo run) {
        this.toolVersion = toolVersion;
        this.run = run;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        int findings = report.findingCount();
        List<FileReport> withFindings = report.files().stream().filter(f -> !f.findings().isEmpty())
                .sorted(Comparator.comparingInt((FileReport f) -> -count(f, Level.ERROR))
                        .thenComparingInt(f -> -count(f, Level.WARNING))
                        .thenComparingInt(f -> -f.findings().size()).thenComparing(FileReport::path))
                .toList();
        String title = "Lihaaz report: " + plural(findings, "finding") + " in " + plural(report.files().size(), "file");
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        out.write(GENERATOR + esc(toolVersion) + "\">\n");
        out.write("<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        out.write("<header class=\"top\"><div class=\"wrap\"><h1>Lihaaz report</h1><p class=\"sub\">Wording that may "
                + "hurt or exclude people, with better choices. Each finding is a prompt for an editor's "
                + "judgement, not a verdict.</p>" + runLine() + "</div></header>\n<main class=\"wrap\">\n");
        writeTotals(out, report, withFindings.size());
        writeProblems(out, report);
        if (findings == 0) {
            out.write("<section class=\"empty\"><p class=\"big\">\u2714 No findings</p><p>"
                    + esc(plural(report.files().size(), "file")) + " checked; nothing to reconsider.</p></section>\n");
        } else {
            writeCharts(out, report);
            writeFileTable(out, withFindings);
            writeFindings(out, report, withFindings);
        }
        out.write("</main>\n<footer class=\"wrap\">Made by Lihaaz " + esc(toolVersion)
                + ". Positions are line:column, counting characters.</footer>\n");
        if (findings > 0) {
            out.write("<script>\n" + SCRIPT + "</script>\n");
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** When the report was made, over what and with which settings; empty without run information. */
    private String runLine() {
        if (run == null) {
            return "";
        }
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .format(run.madeAt().atZone(java.time.ZoneOffset.UTC));
        StringBuilder b = new StringBuilder("<dl class=\"run\">");
        item(b, "Made", when);
        item(b, "Checked", run.inputs().isEmpty() ? "." : String.join(", ", run.inputs()));
        item(b, "Configuration", run.configuration() == null ? "built-in defaults" : run.configuration()
                + " (folders with their own .lihaaz.yml use it)");
        item(b, "Language", run.language());
        item(b, "Sureness", run.sureness() + " and surer");
        return b.append("</dl>").toString();
    }

    private static void item(StringBuilder b, String key, String value) {
        b.append("<div><dt>").append(esc(key)).append("</dt><dd dir=\"auto\">").append(esc(value)).append("</dd></div>");
    }

    private static void writeTotals(Writer out, Report report, int filesWithFindings) throws IOException {
        Map<Level, Integer> byLevel = report.byLevel();
        int unreadable = (int) report.files().stream().filter(FileReport::hasError).count() + report.errors().size();
        out.write("<section class=\"totals\" aria-label=\"Totals\">\n");
        card(out, "findings", report.findingCount(), words(report.findingCount(), "finding"), "");
        card(out, "files", filesWithFindings, words(filesWithFindings, "file") + " with findings",
                "of " + report.files().size() + " checked");
        for (Level l : List.of(Level.ERROR, Level.WARNING, Level.SUGGESTION)) {
            int n = byLevel.getOrDefault(l, 0);
            card(out, "lvl-" + l.id(), n, words(n, l.id()), "");
        }
        if (unreadable > 0) {
            card(out, "lvl-error", unreadable, words(unreadable, "input") + " not read", "see below");
        }
        out.write("</section>\n");
    }

    private static void card(Writer out, String cls, int n, String label, String extra) throws IOException {
        out.write("<div class=\"card " + cls + "\"><span class=\"n\">" + String.format(Locale.ROOT, "%,d", n) + "</span><span class=\"l\">" + esc(label)
                + "</span>" + (extra.isEmpty() ? "" : "<span class=\"x\">" + esc(extra) + "</span>") + "</div>\n");
    }

    private static void writeProblems(Writer out, Report report) throws IOException {
        List<String> lines = new ArrayList<>(report.errors());
        for (FileReport f : report.files()) {
            for (Problem p : f.problems()) {
                lines.add(f.path() + ": " + (p.severity() == Problem.Severity.ERROR ? "" : p.severity().id() + ": ")
                        + p.message());
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.write("<section class=\"problems\"><h2>Inputs with problems</h2><ul>\n");
        for (String l : lines) {
            out.write("<li>" + esc(l) + "</li>\n");
        }
        out.write("</ul></section>\n");
    }

    private static void writeCharts(Writer out, Report report) throws IOException {
        out.write("<section class=\"charts\">\n<figure><figcaption>Findings by category</figcaption>\n");
        List<Map.Entry<String, Integer>> cats = new ArrayList<>(report.byCategory().entrySet());
        cats.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Bar> catBars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : cats) {
            catBars.add(new Bar(e.getKey(), e.getValue(), "cat"));
        }
        out.write(barChart(catBars));
        out.write("</figure>\n<figure><figcaption>Findings by level</figcaption>\n");
        List<Bar> levelBars = new ArrayList<>();
        for (Level l : List.of(Level.ERROR, Level.WARNING, Level.SUGGESTION)) {
            levelBars.add(new Bar(l.id(), report.byLevel().getOrDefault(l, 0), "lvl-" + l.id()));
        }
        out.write(barChart(levelBars));
        out.write("</figure>\n</section>\n");
    }

    private record Bar(String label, int value, String cls) {
    }

    /** A horizontal bar chart as inline SVG, scaled to its container. */
    static String barChart(List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int row = 28;
        int labelWidth = 150;
        int barRoom = 260;
        int height = bars.size() * row + 4;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" viewBox=\"0 0 ").append(labelWidth + barRoom + 60).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"");
        List<String> desc = new ArrayList<>();
        for (Bar bar : bars) {
            desc.add(bar.label() + " " + bar.value());
        }
        b.append(esc(String.join(", ", desc))).append("\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * row + 2;
            int w = bar.value() == 0 ? 0 : Math.max(2, (int) Math.round((double) bar.value() * barRoom / max));
            b.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 18)
                    .append("\" text-anchor=\"end\" class=\"lab\">").append(esc(shorten(bar.label(), 20)))
                    .append("</text>");
            b.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"").append(row - 10).append("\" rx=\"3\" class=\"bar ").append(bar.cls())
                    .append("\"/>");
            b.append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 18)
                    .append("\" class=\"val\">").append(bar.value()).append("</text>\n");
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static void writeFileTable(Writer out, List<FileReport> files) throws IOException {
        int max = files.isEmpty() ? 1 : files.get(0).findings().size();
        out.write("<section class=\"files\"><h2>Files ranked by findings</h2>\n<div class=\"scroll\"><table>\n"
                + "<colgroup><col class=\"c-rank\"><col class=\"c-file\"><col class=\"c-n\"><col class=\"c-bar\"><col class=\"c-lv\">"
                + "<col class=\"c-lv\"><col class=\"c-lv\"></colgroup>\n"
                + "<thead><tr><th>#</th><th>File</th><th class=\"num\">Findings</th><th><span class=\"sr\">Share</span></th>"
                + "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Suggestions</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < files.size(); i++) {
            FileReport f = files.get(i);
            Map<Level, Integer> counts = new TreeMap<>();
            for (Finding x : f.findings()) {
                counts.merge(x.level(), 1, Integer::sum);
            }
            int pct = (int) Math.round(100.0 * f.findings().size() / max);
            out.write("<tr><td class=\"num dim\">" + (i + 1) + "</td><td class=\"path\"><a href=\"#f" + i + "\">"
                    + esc(f.path()) + "</a></td><td class=\"num\">" + f.findings().size()
                    + "</td><td><span class=\"meter\"><span style=\"width:" + pct + "%\"></span></span></td>"
                    + "<td class=\"num\">" + counts.getOrDefault(Level.ERROR, 0) + "</td><td class=\"num\">"
                    + counts.getOrDefault(Level.WARNING, 0) + "</td><td class=\"num\">"
                    + counts.getOrDefault(Level.SUGGESTION, 0) + "</td></tr>\n");
        }
        out.write("</tbody></table></div></section>\n");
    }

    private static void writeFindings(Writer out, Report report, List<FileReport> files) throws IOException {
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        TreeSet<String> rules = new TreeSet<>();
        for (FileReport f : files) {
            for (Finding x : f.findings()) {
                categories.add(x.category());
                languages.add(x.language().code());
                rules.add(x.ruleId());
            }
        }
        out.write("<section class=\"findings\"><h2>Findings</h2>\n");
        out.write("<form class=\"filters\" aria-label=\"Filter findings\">\n");
        select(out, "category", "Category", new ArrayList<>(categories));
        List<String> levels = new ArrayList<>();
        for (Level l : report.byLevel().keySet()) {
            levels.add(l.id());
        }
        select(out, "level", "Level", levels);
        select(out, "language", "Language", new ArrayList<>(languages));
        select(out, "rule", "Rule", new ArrayList<>(rules));
        select(out, "file", "File", files.stream().map(FileReport::path).toList());
        out.write("<label>Search <input type=\"search\" data-search placeholder=\"words in the finding\"></label>\n");
        out.write("<button type=\"reset\">Show all</button><output class=\"count\" aria-live=\"polite\">"
                + plural(report.findingCount(), "finding") + "</output>\n</form>\n");
        for (int i = 0; i < files.size(); i++) {
            FileReport f = files.get(i);
            out.write("<section class=\"file\" id=\"f" + i + "\"><h3><span class=\"path\">" + esc(f.path())
                    + "</span> <span class=\"dim\">" + plural(f.findings().size(), "finding") + "</span></h3>\n");
            // Errors first, then warnings, then suggestions; in text order within a level (the sort is stable).
            for (Finding x : f.findings().stream().sorted(Comparator.comparing(Finding::level).reversed()).toList()) {
                writeFinding(out, f.path(), f.source(), x);
            }
            out.write("</section>\n");
        }
        out.write("</section>\n");
    }

    /** A file's findings at one level, to rank files by severity before count. */
    private static int count(FileReport f, Level level) {
        return (int) f.findings().stream().filter(x -> x.level() == level).count();
    }

    private static void select(Writer out, String key, String label, List<String> values) throws IOException {
        out.write("<label>" + esc(label) + " <select data-filter=\"" + key + "\"><option value=\"\">all</option>");
        for (String v : values) {
            out.write("<option>" + esc(v) + "</option>");
        }
        out.write("</select></label>\n");
    }

    private static void writeFinding(Writer out, String path, SourceText source, Finding x) throws IOException {
        String level = x.level().id();
        out.write("<article class=\"finding lvl-" + level + "\" data-category=\"" + esc(x.category())
                + "\" data-level=\"" + level + "\" data-language=\"" + x.language().code() + "\" data-rule=\""
                + esc(x.ruleId()) + "\" data-file=\"" + esc(path) + "\">\n");
        out.write("<div class=\"meta\"><span class=\"badge lvl-" + level + "\">" + level + "</span>"
                + "<span class=\"cat\">" + esc(x.category()) + "</span><span class=\"pos\">line " + x.start().line()
                + ", col " + x.start().column() + "</span><code class=\"rule\">" + esc(x.ruleId()) + "</code></div>\n");
        out.write("<p class=\"msg\" dir=\"auto\">" + esc(x.message()) + "</p>\n");
        out.write("<blockquote class=\"ctx\" dir=\"auto\">" + context(source, x) + "</blockquote>\n");
        if (!x.suggestions().isEmpty()) {
            boolean safe = SafeFix.of(x).isPresent();
            out.write("<p class=\"sugg\"><span class=\"k\">Instead</span> ");
            for (int i = 0; i < x.suggestions().size(); i++) {
                out.write((i > 0 ? ", " : "") + "<b dir=\"auto\">" + esc(x.suggestions().get(i)) + "</b>");
            }
            if (safe) {
                out.write(" <span class=\"safe\" title=\"The first suggestion fits every use this rule flags\">safe fix</span>");
            }
            out.write("</p>\n");
        }
        if (!x.advice().isEmpty()) {
            out.write("<p class=\"sugg\" dir=\"auto\"><span class=\"k\">Advice</span> " + esc(x.advice()) + "</p>\n");
        }
        out.write("<p class=\"note\" dir=\"auto\"><span class=\"k\">Why</span> " + esc(x.rule().note()) + "</p>\n");
        if (!x.rule().sources().isEmpty()) {
            out.write("<p class=\"src\"><span class=\"k\">Source</span> ");
            List<String> sources = x.rule().sources();
            for (int i = 0; i < sources.size(); i++) {
                out.write((i > 0 ? "; " : "") + linked(sources.get(i)));
            }
            out.write("</p>\n");
        }
        out.write("</article>\n");
    }

    /** The source text around the match, the match marked; a few words cut on either side if long. */
    static String context(SourceText source, Finding x) {
        org.lihaaz.finding.Excerpt ex = x.excerpt() != null ? x.excerpt()
                : source == null ? null : org.lihaaz.finding.Excerpt.of(source, x.sourceStart(), x.sourceEnd());
        if (ex == null) {
            return "<mark>" + esc(x.match()) + "</mark>";
        }
        String before = ex.slice(ex.lineStart(), x.sourceStart());
        String after = ex.slice(Math.min(x.sourceEnd(), ex.lineEnd()), ex.lineEnd());
        String cutBefore = "";
        if (before.codePointCount(0, before.length()) > CONTEXT_CHARS) {
            before = before.substring(before.offsetByCodePoints(before.length(), -CONTEXT_CHARS));
            int space = before.indexOf(' ');
            before = space >= 0 && space < 20 ? before.substring(space + 1) : before;
            cutBefore = "\u2026";
        }
        String cutAfter = "";
        if (after.codePointCount(0, after.length()) > CONTEXT_CHARS) {
            after = after.substring(0, after.offsetByCodePoints(0, CONTEXT_CHARS));
            int space = after.lastIndexOf(' ');
            after = space > CONTEXT_CHARS - 20 ? after.substring(0, space) : after;
            cutAfter = "\u2026";
        }
        return cutBefore + esc(before) + "<mark>" + esc(ex.slice(x.sourceStart(), x.sourceEnd())) + "</mark>"
                + esc(after) + cutAfter;
    }

    /** A source's text with its web addresses as links that open in a new tab. */
    static String linked(String source) {
        List<String> urls = RuleDocs.urlsIn(source);
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (String url : urls) {
            int i = source.indexOf(url, at);
            if (i < 0) {
                continue;
            }
            b.append(esc(source.substring(at, i)));
            b.append("<a href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                    .append(esc(url)).append("</a>");
            at = i + url.length();
        }
        b.append(esc(source.substring(at)));
        return b.toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    private static String words(int n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static String plural(int n, String word) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? word : word + "s");
    }

    private static final String CSS = """
            :root{--bg:#f6f7f9;--fg:#1d2430;--dim:#5b6472;--card:#fff;--line:#dde1e7;--accent:#0b6e69;
            --err:#b42318;--warn:#b54708;--sugg:#175cd3;--cat:#0b6e69;--mark:#fff1a8;color-scheme:light}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Nastaliq Urdu",sans-serif}
            .wrap{max-width:1120px;margin:0 auto;padding:0 20px}
            header.top{background:var(--accent);color:#fff;padding:18px 0 16px;margin-bottom:20px}
            header.top h1{margin:0;font-size:24px;font-weight:650;letter-spacing:.2px}
            header.top .sub{margin:4px 0 0;opacity:.9;max-width:70ch}
            header.top .run{display:flex;flex-wrap:wrap;gap:2px 18px;margin:10px 0 0;font-size:13px;opacity:.92}
            header.top .run div{display:flex;gap:5px}header.top .run dt{font-weight:600}header.top .run dd{margin:0}
            .filters input[type=search]{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:6px;min-width:14ch}
            h2{font-size:18px;margin:28px 0 10px}
            h3{font-size:15px;margin:0 0 8px;display:flex;gap:10px;flex-wrap:wrap;align-items:baseline}
            a{color:var(--accent)}
            .dim{color:var(--dim);font-weight:400}
            .totals{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}
            .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;display:flex;flex-direction:column;border-top:4px solid var(--accent)}
            .card .n{font-size:28px;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
            .card .l{color:var(--dim)}
            .card .x{color:var(--dim);font-size:12px}
            .card.lvl-error{border-top-color:var(--err)}.card.lvl-warning{border-top-color:var(--warn)}.card.lvl-suggestion{border-top-color:var(--sugg)}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin-top:12px}
            figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
            figcaption{font-weight:600;margin-bottom:6px}
            svg.chart{width:100%;height:auto;max-height:420px;display:block}
            svg .lab{font-size:13px;fill:var(--fg)}svg .val{font-size:13px;fill:var(--dim)}
            .bar.cat{fill:var(--cat)}.bar.lvl-error{fill:var(--err)}.bar.lvl-warning{fill:var(--warn)}.bar.lvl-suggestion{fill:var(--sugg)}
            .scroll{max-height:420px;overflow:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
            table{width:100%;border-collapse:collapse;table-layout:fixed}
            col.c-rank{width:3.2em}col.c-n{width:6.5em}col.c-bar{width:18%}col.c-lv{width:7.5em}
            th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            thead th{position:sticky;top:0;background:#eef1f4;font-weight:600;font-size:13px}
            td.path,.path{overflow-wrap:anywhere}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .meter{display:block;height:8px;margin-top:7px;background:#edf0f3;border-radius:4px;overflow:hidden}
            .meter span{display:block;height:100%;background:var(--accent)}
            .filters{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:center;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px;margin-bottom:14px;position:sticky;top:0;z-index:1}
            .filters select,.filters button{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:6px;background:#fff}
            .filters button{cursor:pointer}
            .filters .count{margin-left:auto;color:var(--dim)}
            html:not(.js) .filters{display:none}
            section.file{margin:0 0 22px}
            .finding{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--sugg);border-radius:8px;padding:10px 14px;margin:0 0 10px}
            .finding.lvl-error{border-left-color:var(--err)}.finding.lvl-warning{border-left-color:var(--warn)}
            .meta{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;font-size:13px;color:var(--dim)}
            .badge{font-weight:600;text-transform:uppercase;font-size:11px;letter-spacing:.4px;padding:1px 7px;border-radius:10px;color:#fff;background:var(--sugg)}
            .badge.lvl-error{background:var(--err)}.badge.lvl-warning{background:var(--warn)}
            .cat{color:var(--cat);font-weight:600}
            .rule{margin-left:auto;font-size:12px;overflow-wrap:anywhere}
            .msg{margin:6px 0;font-weight:550}
            .ctx{margin:6px 0;padding:6px 10px;background:#f3f5f8;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-serif,Georgia,"Noto Serif","Noto Nastaliq Urdu",serif}
            mark{background:var(--mark);padding:0 2px;border-radius:3px;box-shadow:inset 0 -2px 0 var(--warn)}
            .sugg,.note,.src{margin:4px 0;overflow-wrap:anywhere}
            .note,.src{color:var(--dim);font-size:14px}
            .k{display:inline-block;min-width:4.2em;font-size:12px;text-transform:uppercase;letter-spacing:.4px;color:var(--dim)}
            .safe{font-size:12px;color:#05603a;background:#d1fadf;border-radius:10px;padding:0 7px}
            .problems{background:#fff4ed;border:1px solid #f9dbaf;border-radius:10px;padding:4px 16px;margin-top:12px}
            .problems h2{margin-top:10px}
            .empty{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:24px;margin-top:16px;text-align:center}
            .empty .big{font-size:22px;font-weight:650;color:#05603a;margin:0}
            .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            footer.wrap{color:var(--dim);font-size:13px;padding-top:20px;padding-bottom:40px}
            [hidden]{display:none!important}
            @media (max-width:640px){.wrap{padding:0 12px}col.c-bar,col.c-lv{width:0}
            th:nth-child(n+4),td:nth-child(n+4){display:none}.rule{margin-left:0}}
            @media print{.filters{display:none}.scroll{max-height:none}}
            """;

    private static final String SCRIPT = """
            (function () {
              document.documentElement.classList.add('js');
              var form = document.querySelector('.filters');
              var selects = form.querySelectorAll('select[data-filter]');
              var search = form.querySelector('input[data-search]');
              var items = document.querySelectorAll('.finding');
              var files = document.querySelectorAll('section.file');
              var count = form.querySelector('.count');
              function apply() {
                var want = {};
                selects.forEach(function (s) { want[s.dataset.filter] = s.value; });
                var words = search.value.trim().toLowerCase();
                var shown = 0;
                items.forEach(function (it) {
                  var ok = Object.keys(want).every(function (k) { return !want[k] || it.dataset[k] === want[k]; })
                    && (!words || it.textContent.toLowerCase().indexOf(words) >= 0);
                  it.hidden = !ok;
                  if (ok) { shown++; }
                });
                files.forEach(function (f) { f.hidden = !f.querySelector('.finding:not([hidden])'); });
                var all = items.length.toLocaleString('en') + (items.length === 1 ? ' finding' : ' findings');
                count.textContent = shown === items.length ? all : shown.toLocaleString('en') + ' of ' + all + ' shown';
                // The choice lives in the address, so a shared or reloaded link shows the same findings.
                var q = new URLSearchParams();
                Object.keys(want).forEach(function (k) { if (want[k]) { q.set(k, want[k]); } });
                if (words) { q.set('q', search.value.trim()); }
                var hash = q.toString();
                history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
              }
              function restore() {
                var q = new URLSearchParams(location.hash.slice(1));
                selects.forEach(function (s) {
                  var v = q.get(s.dataset.filter) || '';
                  s.value = Array.prototype.some.call(s.options, function (o) { return o.value === v; }) ? v : '';
                });
                search.value = q.get('q') || '';
                apply();
              }
              form.addEventListener('change', apply);
              search.addEventListener('input', apply);
              form.addEventListener('submit', function (e) { e.preventDefault(); });
              form.addEventListener('reset', function () { setTimeout(apply, 0); });
              window.addEventListener('hashchange', restore);
              restore();
            })();
            """;
}
