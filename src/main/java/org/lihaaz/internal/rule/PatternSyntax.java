package org.lihaaz.internal.rule;

import org.lihaaz.rule.PatternPart;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the small pattern language of terms and phrases and expands it into plain sequences.
 *
 * <pre>
 *   word word        literal words (hyphens and spaces are the same)
 *   (a|b c|)         one of the alternatives; an empty one makes the group optional
 *   *                any one word
 *   ...              up to four words, or none
 *   {Cap}            a capitalised or all-capitals word
 *   {Name}           a word written as a name: capital first letter, small letters after
 *   {Num}            a number
 *   {@name}          one entry of the word class 'name' (rules/classes/name.yml)
 * </pre>
 *
 * Expansion is capped so that no pattern can grow without bound.
 */
public final class PatternSyntax {
    public static final int MAX_EXPANSIONS = 1024;
    private static final int MAX_LENGTH = 500;
    /** A word class's name, as its file is named. */
    public static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String source;
    private int pos;

    private PatternSyntax(String source) {
        this.source = source;
    }

    /** Every plain sequence the pattern stands for; throws {@link IllegalArgumentException} with a reason. */
    public static List<List<PatternPart>> expand(String pattern) {
        return expand(pattern, true);
    }

    /**
     * Like {@link #expand(String)}, but adjacent literal pieces stay separate, as written in the
     * pattern (an alternative, a run between groups). Compilers tokenise each piece once and reuse it
     * across the many sequences a pattern with alternatives expands to.
     */
    public static List<List<PatternPart>> expandPieces(String pattern) {
        return expand(pattern, false);
    }

    private static List<List<PatternPart>> expand(String pattern, boolean mergeWords) {
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("pattern is longer than " + MAX_LENGTH + " characters");
        }
        PatternSyntax p = new PatternSyntax(pattern);
        List<List<PatternPart>> out = p.sequence(false);
        if (p.pos < pattern.length()) {
            throw new IllegalArgumentException("unexpected '" + pattern.charAt(p.pos) + "' at position " + (p.pos + 1));
        }
        java.util.Set<List<PatternPart>> cleaned = new java.util.LinkedHashSet<>();
        for (List<PatternPart> seq : out) {
            List<PatternPart> merged = mergeWords ? merge(seq) : List.copyOf(seq);
            if (!merged.isEmpty()) {
                cleaned.add(merged);
            }
        }
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("pattern has no words");
        }
        return List.copyOf(cleaned);
    }

    /** The word classes a pattern names, in order of first use; throws like {@link #expand(String)}. */
    public static java.util.Set<String> classNames(String pattern) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (List<PatternPart> seq : expandPieces(pattern)) {
            for (PatternPart p : seq) {
                if (p instanceof PatternPart.ClassRef ref) {
                    out.add(ref.name());
                }
            }
        }
        return out;
    }

    private List<List<PatternPart>> sequence(boolean inGroup) {
        List<List<PatternPart>> acc = new ArrayList<>();
        acc.add(new ArrayList<>());
        StringBuilder literal = new StringBuilder();
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (inGroup && (c == '|' || c == ')')) {
                break;
            }
            if (c == ')' || c == '|') {
                throw new IllegalArgumentException("'" + c + "' outside a group at position " + (pos + 1));
            }
            if (c == '(') {
                flush(literal, acc);
                pos++;
                List<List<PatternPart>> alternatives = new ArrayList<>();
                while (true) {
                    alternatives.addAll(sequence(true));
                    if (pos >= source.length()) {
                        throw new IllegalArgumentException("unclosed '('");
                    }
                    char end = source.charAt(pos++);
                    if (end == ')') {
                        break;
                    }
                }
                acc = product(acc, alternatives);
            } else if (c == '*') {
                requireWordBoundary(pos, 1, "*");
                flush(literal, acc);
                append(acc, new PatternPart.Placeholder(PatternPart.Kind.ANY));
                pos++;
            } else if (source.startsWith("...", pos)) {
                flush(literal, acc);
                append(acc, new PatternPart.Placeholder(PatternPart.Kind.GAP));
                pos += 3;
            } else if (source.startsWith("{@", pos)) {
                int close = source.indexOf('}', pos);
                String name = close < 0 ? "" : source.substring(pos + 2, close);
                if (!CLASS_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("a word class is written {@name}, the name in lower-case words "
                            + "joined by hyphens, not '" + (close < 0 ? source.substring(pos) : source.substring(pos, close + 1)) + "'");
                }
                flush(literal, acc);
                append(acc, new PatternPart.ClassRef(name));
                pos = close + 1;
            } else if (c == '{') {
                int close = source.indexOf('}', pos);
                String name = close < 0 ? "" : source.substring(pos, close + 1);
                PatternPart.Kind kind = switch (name) {
                    case "{Cap}" -> PatternPart.Kind.CAPITALISED;
                    case "{Name}" -> PatternPart.Kind.NAME;
                    case "{Num}" -> PatternPart.Kind.NUMBER;
                    default -> throw new IllegalArgumentException("unknown placeholder '" + (name.isEmpty() ? "{" : name)
                            + "' (known: {Cap}, {Name}, {Num}, {@class-name})");
                };
                flush(literal, acc);
                append(acc, new PatternPart.Placeholder(kind));
                pos = close + 1;
            } else {
                literal.append(c);
                pos++;
            }
        }
        flush(literal, acc);
        return acc;
    }

    private void requireWordBoundary(int at, int len, String what) {
        boolean leftOk = at == 0 || " (|".indexOf(source.charAt(at - 1)) >= 0;
        boolean rightOk = at + len >= source.length() || " )|".indexOf(source.charAt(at + len)) >= 0;
        if (!leftOk || !rightOk) {
            throw new IllegalArgumentException("'" + what + "' stands for a whole word; put spaces around it");
        }
    }

    private static void flush(StringBuilder literal, List<List<PatternPart>> acc) {
        if (!literal.toString().isBlank()) {
            append(acc, new PatternPart.Words(literal.toString().strip()));
        }
        literal.setLength(0);
    }

    private static void append(List<List<PatternPart>> acc, PatternPart part) {
        for (List<PatternPart> seq : acc) {
            seq.add(part);
        }
    }

    private static List<List<PatternPart>> product(List<List<PatternPart>> left, List<List<PatternPart>> right) {
        if ((long) left.size() * right.size() > MAX_EXPANSIONS) {
            throw new IllegalArgumentException("pattern expands to more than " + MAX_EXPANSIONS + " variants; split it");
        }
        List<List<PatternPart>> out = new ArrayList<>();
        for (List<PatternPart> l : left) {
            for (List<PatternPart> r : right) {
                List<PatternPart> seq = new ArrayList<>(l);
                seq.addAll(r);
                out.add(seq);
            }
        }
        return out;
    }

    private static List<PatternPart> merge(List<PatternPart> seq) {
        List<PatternPart> out = new ArrayList<>();
        for (PatternPart p : seq) {
            if (p instanceof PatternPart.Words w && !out.isEmpty() && out.get(out.size() - 1) instanceof PatternPart.Words prev) {
                out.set(out.size() - 1, new PatternPart.Words(prev.text() + " " + w.text()));
            } else {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
