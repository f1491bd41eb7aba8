package org.lihaaz.internal.format;

import org.lihaaz.internal.source.Letters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.source.SourceText;

/**
 * Plain text in "script" mode, for screenplays written in Fountain ({@code .fountain}): action and
 * dialogue (with its parentheticals) are prose; scene headings ({@code INT. HOUSE - DAY}), character
 * cues ({@code SANA (V.O.)}), transitions ({@code CUT TO:}), the title page, sections ({@code #}),
 * synopses ({@code =}), notes ({@code [[ ]]}), boneyard ({@code /* *\/}) and page breaks are not.
 * Lines are joined into blocks as paragraphs are, so a speech is one block and never runs into the
 * next character's.
 */
final class FountainReader implements FormatReader {
    private static final String[] SCENE_PREFIXES = {"int.", "ext.", "est.", "int./ext.", "int/ext", "i/e", "int ",
        "ext ", "est "};

    @Override
    public Prose read(SourceText source) {
        String src = source.text();
        List<ProseBlock> blocks = new ArrayList<>();
        List<Directive> directives = new ArrayList<>();
        PlainTextReader.BlockCollector collector = new PlainTextReader.BlockCollector(blocks);
        int lines = source.lineCount();
        int line = titlePageEnd(source);
        boolean inBoneyard = false;
        boolean afterBlank = true;
        while (line < lines) {
            int start = source.lineStart(line);
            int end = source.lineContentEnd(line);
            String text = src.substring(start, end);
            String stripped = text.strip();
            if (inBoneyard || stripped.startsWith("/*")) {
                int close = text.indexOf("*/");
                inBoneyard = close < 0;
                collector.flush();
                line++;
                afterBlank = false;
                continue;
            }
            Optional<Directive> directive = PlainTextReader.directiveLine(src, start, end);
            if (directive.isPresent()) {
                directives.add(directive.get());
                collector.flush();
                afterBlank = true;
                line++;
                continue;
            }
            if (stripped.isEmpty()) {
                collector.flush();
                afterBlank = true;
                line++;
                continue;
            }
            boolean nextIsText = line + 1 < lines && !source.lineText(line + 1).isBlank();
            if (afterBlank && isNonProse(stripped, nextIsText)) {
                collector.flush();
                afterBlank = false;
                line++;
                continue;
            }
            afterBlank = false;
            if (isParenthetical(stripped) || isNote(stripped)) {
                // A parenthetical is direction inside a speech, a note is the writer's: neither joins the speech's sentence.
                collector.flush();
                if (isParenthetical(stripped)) {
                    collector.addLine(src, start, end);
                    collector.flush();
                }
                line++;
                continue;
            }
            int from = start + (text.length() - text.stripLeading().length());
            char first = stripped.charAt(0);
            if (first == '!' || first == '~' || first == '>') {
                from++;
            }
            int to = end;
            if (first == '>' && stripped.endsWith("<")) {
                to = start + text.lastIndexOf('<');
            }
            collector.addLine(src, from, to);
            line++;
        }
        collector.flush();
        return new Prose(source, blocks, directives);
    }

    /** A scene heading, character cue, transition, section, synopsis or page break. */
    static boolean isNonProse(String line, boolean nextIsText) {
        char first = line.charAt(0);
        if (first == '#' || first == '=' || first == '@') {
            return true;
        }
        if (first == '.' && line.length() > 1 && line.charAt(1) != '.') {
            return true;
        }
        if (first == '!' || first == '>' && !line.endsWith("<")) {
            return first == '>';
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String p : SCENE_PREFIXES) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        if (Letters.allCapitals(line) && line.endsWith("TO:")) {
            return true;
        }
        // A character cue: a line in capitals (an extension such as (V.O.) aside) right before speech.
        String name = line.endsWith("^") ? line.substring(0, line.length() - 1).strip() : line;
        int paren = name.indexOf('(');
        if (paren > 0) {
            name = name.substring(0, paren).strip();
        }
        return nextIsText && Letters.allCapitals(name);
    }


    private static boolean isParenthetical(String line) {
        return line.startsWith("(") && line.endsWith(")");
    }

    private static boolean isNote(String line) {
        return line.startsWith("[[") && line.endsWith("]]");
    }

    /** The first line after the title page ({@code Title: ...} lines at the top), or 0. */
    private static int titlePageEnd(SourceText source) {
        if (source.lineCount() == 0 || !source.lineText(0).matches("[A-Za-z][A-Za-z ]*:.*")) {
            return 0;
        }
        int line = 0;
        while (line < source.lineCount() && !source.lineText(line).isBlank()) {
            line++;
        }
        return line;
    }
}
