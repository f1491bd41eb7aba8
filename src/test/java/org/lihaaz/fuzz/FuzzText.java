package org.lihaaz.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.format.Format;
import org.lihaaz.rule.Rule;
import org.lihaaz.suppress.Policy;

/**
 * Turns fuzzer bytes into text worth checking. Random bytes alone almost never spell a rule's term,
 * and a hash lookup gives the fuzzer no comparison to learn from, so half the time the text is
 * assembled from pieces the fuzzer picks: the built-in rules' own terms, the markup of the format
 * under test, and the Unicode that breaks naive text code (surrogate pairs, combining marks, bidi
 * controls, ZWNJ, line breaks of every kind, very long words). The other half is the raw bytes as
 * a string, so nothing is ruled out.
 */
final class FuzzText {
    /** Built once for every fuzz target: all built-in rules, every sureness, so as much code as possible runs. */
    static final Lihaaz ENGINE = Lihaaz.builder().policy(Policy.builder().minSureness(Rule.Sureness.LOW).build()).build();

    private static final List<String> TERMS = terms();

    private static final List<String> UNICODE = List.of(
            "\uD83D\uDE00", "\uD801\uDC37", "\uD800", "\uDC00", "e\u0301", "\u0301", "\u200C", "\u200D", "\u200E",
            "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\uFEFF", "\u00A0", "\u2028", "\u2029", "\u0085", "\r", "\n", "\r\n", "\t", "\u0000", "\uFFFD",
            "\u0627\u0631\u062F\u0648", "\u0645\u0631\u062F", "\u0639\u0648\u0631\u062A", "\u06CC", "\u0643",
            "\u0928\u092E\u0938\u094D\u0924\u0947", "\u4E2D\u6587", "ǅ", "ß", "İ", "ﬁ", "Ⅻ", "١٢٣", "x".repeat(300),
            "a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307", "'", "’", "\"", "“", "”", "-", "‐", "—", ".", "!", "?");

    private static final List<String> MARKDOWN = List.of("# ", "> ", "- ", "1. ", "```\n", "`", "*", "_", "**", "[",
            "](", ")", "![", "<!-- lihaaz-disable -->", "<!-- lihaaz-enable -->", "<!-- lihaaz-disable-next-line -->",
            "<b>", "</b>", "| a | b |\n|---|---|\n| ", "    ", "---\ntitle: ", "\n---\n", "&amp;", "&#x41;", "\\",
            "https://x.org/chairman", "[x]: /y \"t\"\n", "<", ">", "~~~\n", "\n\n");
    private static final List<String> HTML = List.of("<p>", "</p>", "<div>", "</div>", "<script>", "</script>",
            "<style>", "</style>", "<code>", "</code>", "<pre>", "</pre>", "<a href=\"x\" title=\"", "\">", "</a>",
            "<img alt=\"", "<br>", "<!-- ", " -->", "&amp;", "&shy;", "&#1600;", "&nbsp;", "&bogus;", "<![CDATA[",
            "]]>", "<html><head><title>", "</title><meta name=\"description\" content=\"", "<svg>", "<math>",
            "<template>", "<textarea>", "<noscript>", "<");
    private static final List<String> SUBTITLES = List.of("WEBVTT\n\n", "1\n", "00:00:01,000 --> 00:00:02,000\n",
            "00:01.000 --> 00:02.000 align:start\n", "NOTE ", "STYLE\n", "<v Speaker>", "</v>", "<i>", "</i>",
            "{\\an8}", "<c.x>", "</c>", "\n\n", "-->", "<00:00:01.500>", "REGION\n");
    private static final List<String> FOUNTAIN = List.of("INT. HOUSE - DAY\n", "EXT. ", "\nBOB\n", "@mcCLANE\n",
            "(beat)\n", "> THE END <\n", "[[note ", "]]", "/* ", " */", "= ", "# Act\n", "~lyric\n", "Title: ",
            "\n\n", "===\n", "!", ".SLUG\n", "^\n", "*", "_");
    private static final List<String> FRONT_MATTER = List.of("---\n", "+++\n", "title: ", "description: ",
            "tags: [", "]", "- ", "summary: |\n  ", "excerpt: >\n  ", "\"", "'", "&a ", "*a", "!!str ", "? ", ": ",
            "{", "}", "# ", "\n");

    private FuzzText() {
    }

    /** Text for {@code format} from the fuzzer's bytes. */
    static String of(FuzzedDataProvider data, Format format) {
        if (data.consumeBoolean()) {
            return data.consumeRemainingAsString();
        }
        List<String> markup = switch (format) {
            case MARKDOWN -> MARKDOWN;
            case HTML -> HTML;
            case SUBRIP, WEBVTT -> SUBTITLES;
            case FOUNTAIN -> FOUNTAIN;
            default -> List.of(" ", "\n");
        };
        return assemble(data, markup);
    }

    /** Front matter first, then Markdown or HTML. */
    static String withFrontMatter(FuzzedDataProvider data) {
        List<String> pieces = new ArrayList<>(FRONT_MATTER);
        pieces.addAll(MARKDOWN);
        return "---\n" + assemble(data, pieces);
    }

    private static String assemble(FuzzedDataProvider data, List<String> markup) {
        StringBuilder b = new StringBuilder();
        int pieces = data.consumeInt(0, 400);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            switch (data.consumeInt(0, 4)) {
                case 0 -> b.append(data.pickValue(TERMS));
                case 1 -> b.append(data.pickValue(markup));
                case 2 -> b.append(data.pickValue(UNICODE));
                case 3 -> b.append(data.consumeString(16));
                default -> b.append(' ');
            }
        }
        return b.toString();
    }

    private static List<String> terms() {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : ENGINE.rules().rules()) {
            for (String t : r.terms()) {
                // Plain words only: pattern syntax such as (a|b) or {Cap} is not how text is written.
                if (t.chars().noneMatch(c -> "(){}|*".indexOf(c) >= 0) && !t.contains("...")) {
                    out.add(t);
                    out.add(Character.toUpperCase(t.charAt(0)) + t.substring(1));
                }
            }
        }
        return List.copyOf(out);
    }
}
