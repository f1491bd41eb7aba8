package org.lihaaz.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lihaaz.rule.Rule;

/**
 * What reporters say about a rule beyond a finding's one-line message: its help text (message,
 * note, suggestions, sources) and a link to its first source, for formats that show rule pages.
 */
public final class RuleDocs {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private RuleDocs() {
    }

    /** Every web address named in the rule's sources, in order. */
    public static List<String> urls(Rule rule) {
        List<String> out = new ArrayList<>();
        for (String source : rule.sources()) {
            out.addAll(urlsIn(source));
        }
        return out;
    }

    /** The web addresses written in a text, without trailing punctuation. */
    public static List<String> urlsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            out.add(trimTrailingPunctuation(m.group()));
        }
        return out;
    }

    /** The first web address in the rule's sources, if any. */
    public static Optional<String> helpUri(Rule rule) {
        List<String> urls = urls(rule);
        return urls.isEmpty() ? Optional.empty() : Optional.of(urls.get(0));
    }

    /** Plain-text help: the message, why it matters, what to write instead and the sources. */
    public static String helpText(Rule rule) {
        StringBuilder b = new StringBuilder(rule.message());
        if (!rule.note().isBlank()) {
            b.append("\n\n").append(rule.note());
        }
        if (!rule.replace().isEmpty()) {
            b.append("\n\nInstead: ").append(String.join(", ", rule.replacementTexts()));
        }
        if (!rule.advice().isEmpty()) {
            b.append("\n\nAdvice: ").append(rule.advice());
        }
        if (!rule.sources().isEmpty()) {
            b.append("\n\nSources: ").append(String.join("; ", rule.sources()));
        }
        return b.toString();
    }

    /** The same help in Markdown, with the sources as a list. */
    public static String helpMarkdown(Rule rule) {
        StringBuilder b = new StringBuilder(rule.message());
        if (!rule.note().isBlank()) {
            b.append("\n\n").append(rule.note());
        }
        if (!rule.replace().isEmpty()) {
            b.append("\n\n**Instead:** ").append(String.join(", ", rule.replacementTexts()));
        }
        if (!rule.advice().isEmpty()) {
            b.append("\n\n**Advice:** ").append(rule.advice());
        }
        if (!rule.sources().isEmpty()) {
            b.append("\n\n**Sources:**\n");
            for (String s : rule.sources()) {
                b.append("\n- ").append(s);
            }
        }
        return b.toString();
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:)]'".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
