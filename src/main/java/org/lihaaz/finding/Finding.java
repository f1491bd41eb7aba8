package org.lihaaz.finding;

import java.util.List;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;
import org.lihaaz.source.Position;

/**
 * One place where wording should be reconsidered. Positions count Unicode code points of the
 * original file; {@code end} is just past the match (exclusive), and {@code sourceStart}/{@code
 * sourceEnd} are the same span as Java char indices, for tools that edit the text.
 *
 * @param rule        the rule that raised it
 * @param term        the rule term that matched, as the rule writes it
 * @param level       the level after configuration
 * @param language    the language of the block the match is in
 * @param start       where the match starts
 * @param end         where the match ends (exclusive)
 * @param match       the matched text as written
 * @param suggestions replacements that fit where the match stands, already in the matched form and
 *                    always in the language of the text (they are text for the file)
 * @param message     what the wording does, in the language chosen for messages
 * @param advice      the rule's instruction to the writer, in the language chosen for messages; empty
 *                    when it has none. Never a replacement
 * @param anchor      the named source region the match starts in (a subtitle cue, a Word paragraph), or null
 * @param excerpt     the source around the match, for context and fingerprints once the file's text is gone
 * @param wordBefore  where the word right before the match in its prose is written in the source (only
 *                    spaces between them in the prose), when it is written there as it reads; else null.
 *                    Rewriting uses it to make an article agree with a replacement, whatever markup,
 *                    line breaks or subtitle timings lie between the two in the file.
 * @param notRewritable why the match must never be rewritten, not even by a safe fix (inside a direct
 *                    quotation, a Markdown link label, a heading linked by its anchor), or null; the
 *                    finding is reported all the same
 */
public record Finding(
        Rule rule,
        String term,
        Level level,
        Language language,
        Position start,
        Position end,
        int sourceStart,
        int sourceEnd,
        String match,
        List<String> suggestions,
        String message,
        String advice,
        AnchorRef anchor,
        Span wordBefore,
        Excerpt excerpt,
        String notRewritable) {

    public Finding {
        suggestions = List.copyOf(suggestions);
        advice = advice == null ? "" : advice;
    }

    public Finding(Rule rule, String term, Level level, Language language, Position start, Position end,
            int sourceStart, int sourceEnd, String match, List<String> suggestions, String message, String advice,
            AnchorRef anchor, Span wordBefore, Excerpt excerpt) {
        this(rule, term, level, language, start, end, sourceStart, sourceEnd, match, suggestions, message, advice, anchor,
                wordBefore, excerpt, null);
    }

    /** A finding carrying its rule's own message, in a format without anchors. */
    public Finding(Rule rule, String term, Level level, Language language, Position start, Position end,
            int sourceStart, int sourceEnd, String match, List<String> suggestions) {
        this(rule, term, level, language, start, end, sourceStart, sourceEnd, match, suggestions, rule.message(),
                rule.advice(), null, null, null, null);
    }

    /** The reason a finding inside a direct quotation carries. */
    public static final String IN_QUOTATION = "inside a direct quotation: a speaker's words are never rewritten";

    /** True when the match lies inside a direct quotation (see docs/rules.md, "Quotations and attribution"). */
    public boolean quoted() {
        return IN_QUOTATION.equals(notRewritable);
    }

    public String ruleId() {
        return rule.id();
    }

    public String category() {
        return rule.category();
    }

    /** Length of the match in code points. */
    public int length() {
        return end.offset() - start.offset();
    }

    public Finding withLevel(Level newLevel) {
        return new Finding(rule, term, newLevel, language, start, end, sourceStart, sourceEnd, match, suggestions,
                message, advice, anchor, wordBefore, excerpt, notRewritable);
    }

    /** The same finding, which a fix must not rewrite, for {@code reason}. */
    public Finding withNotRewritable(String reason) {
        return new Finding(rule, term, level, language, start, end, sourceStart, sourceEnd, match, suggestions,
                message, advice, anchor, wordBefore, excerpt, reason);
    }

    /** The same finding with another excerpt (null: its context is read from the whole source text). */
    public Finding withExcerpt(Excerpt newExcerpt) {
        return new Finding(rule, term, level, language, start, end, sourceStart, sourceEnd, match, suggestions, message,
                advice, anchor, wordBefore, newExcerpt, notRewritable);
    }

    public Finding withAnchor(AnchorRef newAnchor) {
        return new Finding(rule, term, level, language, start, end, sourceStart, sourceEnd, match, suggestions, message,
                advice, newAnchor, wordBefore, excerpt, notRewritable);
    }

    /**
     * The same finding placed in a larger file whose text before this one's source takes {@code chars}
     * chars, {@code codePoints} code points and {@code lines} line breaks, where the first line of this
     * source continues a line that already had {@code columns} code points.
     */
    public Finding movedBy(int chars, int codePoints, int lines, int columns) {
        return new Finding(rule, term, level, language, moved(start, codePoints, lines, columns),
                moved(end, codePoints, lines, columns), sourceStart + chars, sourceEnd + chars, match, suggestions,
                message, advice, anchor, wordBefore == null ? null : new Span(wordBefore.start() + chars, wordBefore.end() + chars),
                excerpt == null ? null : new Excerpt(excerpt.text(), excerpt.start() + chars, excerpt.lineStart() + chars,
                        excerpt.lineEnd() + chars), notRewritable);
    }

    private static Position moved(Position p, int codePoints, int lines, int columns) {
        return new Position(p.line() + lines, p.line() == 1 ? p.column() + columns : p.column(), p.offset() + codePoints);
    }
}
