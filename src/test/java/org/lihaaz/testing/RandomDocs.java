package org.lihaaz.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.lihaaz.format.Format;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;

/**
 * Seeded random documents in each text format, for property tests: prose made of the rules' own
 * terms (so there are findings and fixes), everyday words, and the Unicode and line endings that
 * break naive text code, wrapped in the markup of the format. The same seed gives the same document.
 */
public final class RandomDocs {
    private static final List<String> WORDS = List.of("the", "a", "an", "and", "said", "was", "in", "of", "to", "new",
            "report", "team", "every", "our", "who", "city", "Karachi", "Lahore", "Ayesha", "Ali", "today", "not", "\"quoted",
            "words\"", "it's", "well-known", "co-operate", "2024", "3.5", "e.g.", "U.N.", "—", "(aside)", "Dr.", "x".repeat(40));
    private static final List<String> ODD = List.of("\uD83D\uDE00", "e\u0301", "\u200C", "\u200D", "\u200F", "\u202E",
            "\u2067", "\u2069", "\u00A0", "\u0645\u0631\u062F", "\u0639\u0648\u0631\u062A", "\u4E2D\u6587", "\uD801\uDC37",
            "ß", "İ", "ﬁ", "’", "“", "”", "\t");
    private static final List<String> BREAKS = List.of("\n", "\r\n", "\r");

    private final List<String> terms;

    /** Documents using the terms of these rules. */
    public RandomDocs(RuleSet rules) {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : rules.rules()) {
            for (String t : r.terms()) {
                if (t.chars().noneMatch(c -> "(){}|*".indexOf(c) >= 0) && !t.contains("...")) {
                    out.add(t);
                }
            }
        }
        terms = List.copyOf(out);
    }

    public String document(Random random, Format format) {
        String nl = BREAKS.get(random.nextInt(BREAKS.size()));
        int paragraphs = 1 + random.nextInt(6);
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            paras.add(sentence(random) + (random.nextBoolean() ? " " + sentence(random) : ""));
        }
        StringBuilder b = new StringBuilder();
        if (random.nextInt(8) == 0) {
            b.append('\uFEFF');
        }
        switch (format) {
            case MARKDOWN -> {
                if (random.nextBoolean()) {
                    b.append("---").append(nl).append("title: ").append(sentence(random).replace(":", " ")).append(nl)
                            .append("slug: x").append(nl).append("---").append(nl).append(nl);
                }
                for (String p : paras) {
                    String[] shapes = {"# ", "> ", "- ", "1. ", "", "", ""};
                    String shape = shapes[random.nextInt(shapes.length)];
                    String text = random.nextInt(4) == 0 ? p.replaceFirst(" ", " **") + "**" : p;
                    if (random.nextInt(5) == 0) {
                        text += " `code " + pick(random, terms) + "` [link " + pick(random, terms) + "](https://x.org/a)";
                    }
                    b.append(shape).append(text).append(nl).append(nl);
                    if (random.nextInt(6) == 0) {
                        b.append("```").append(nl).append(pick(random, terms)).append(nl).append("```").append(nl).append(nl);
                    }
                }
            }
            case HTML -> {
                b.append("<!doctype html><html><head><title>").append(sentence(random)).append("</title></head><body>").append(nl);
                for (String p : paras) {
                    String tag = pick(random, List.of("p", "h2", "li", "blockquote", "td"));
                    b.append('<').append(tag).append('>').append(p.replace("&", "&amp;").replace("<", "&lt;"))
                            .append("</").append(tag).append('>').append(nl);
                    if (random.nextInt(5) == 0) {
                        b.append("<script>var ").append(pick(random, terms).replace(' ', '_').replace('\'', '_'))
                                .append(" = 1;</script>").append(nl);
                    }
                }
                b.append("</body></html>").append(nl);
            }
            case SUBRIP -> {
                int n = 1;
                for (String p : paras) {
                    b.append(n).append(nl).append(String.format("00:00:%02d,000 --> 00:00:%02d,500", n, n)).append(nl)
                            .append(p).append(nl).append(nl);
                    n++;
                }
            }
            case WEBVTT -> {
                b.append("WEBVTT").append(nl).append(nl);
                int n = 1;
                for (String p : paras) {
                    b.append(String.format("00:%02d.000 --> 00:%02d.500", n, n)).append(nl)
                            .append(random.nextBoolean() ? "<v Speaker>" : "").append(p).append(nl).append(nl);
                    n++;
                }
            }
            case FOUNTAIN -> {
                b.append("INT. OFFICE - DAY").append(nl).append(nl);
                for (String p : paras) {
                    if (random.nextBoolean()) {
                        b.append("AYESHA").append(nl).append(p).append(nl).append(nl);
                    } else {
                        b.append(p).append(nl).append(nl);
                    }
                }
            }
            default -> {
                for (String p : paras) {
                    b.append(p).append(nl).append(random.nextBoolean() ? nl : "");
                }
            }
        }
        if (random.nextInt(4) == 0 && b.length() > 1) {
            b.setLength(b.length() - 1); // no final line break
        }
        return b.toString();
    }

    private String sentence(Random random) {
        int n = 3 + random.nextInt(14);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            int kind = random.nextInt(10);
            String w = kind < 3 ? pick(random, terms) : kind < 9 ? pick(random, WORDS) : pick(random, ODD);
            if (i == 0 || random.nextInt(12) == 0) {
                w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            if (random.nextInt(15) == 0) {
                w = w.toUpperCase(java.util.Locale.ROOT);
            }
            s.append(w);
        }
        return s.append(pick(random, List.of(".", ".", "!", "?", ""))).toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
