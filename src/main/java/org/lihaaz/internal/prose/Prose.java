package org.lihaaz.internal.prose;

import org.lihaaz.prose.Anchor;

import java.util.Comparator;
import java.util.List;
import org.lihaaz.source.SourceText;

/**
 * What a format reader hands on: the source it read, the prose blocks to check, the suppression
 * directives found in the source, anchors naming source regions (cues, paragraphs) for formats
 * whose readers think in those rather than in lines, and the regions that are checked but never
 * rewritten ({@link Frozen}).
 */
public record Prose(SourceText source, List<ProseBlock> blocks, List<Directive> directives, List<Anchor> anchors,
        List<Frozen> frozen) {
    public Prose {
        frozen = List.copyOf(frozen);
        blocks = List.copyOf(blocks);
        // Suppression reads directives in source order, whatever order a reader found them in.
        directives = directives.stream()
                .sorted(Comparator.comparingInt(Directive::sourceStart))
                .toList();
        anchors = anchors.stream().sorted(Comparator.comparingInt(Anchor::sourceStart)).toList();
    }

    public Prose(SourceText source, List<ProseBlock> blocks, List<Directive> directives, List<Anchor> anchors) {
        this(source, blocks, directives, anchors, List.of());
    }

    public Prose(SourceText source, List<ProseBlock> blocks, List<Directive> directives) {
        this(source, blocks, directives, List.of(), List.of());
    }

    /** Why a match inside a hashtag is not rewritten. */
    public static final String IN_HASHTAG = "inside a hashtag: posts are found by its exact text; change the tag by hand";

    /** Why the source span [start, end) must not be rewritten, or null when nothing forbids it. */
    public String frozenReason(int start, int end) {
        for (Frozen f : frozen) {
            if (f.overlaps(start, end)) {
                return f.reason();
            }
        }
        return inHashtag(source.text(), start, end) ? IN_HASHTAG : null;
    }

    /**
     * True when [start, end) lies in a hashtag: a '#' at the start of a word ("#WomenAreTrash",
     * not "C#" or a Markdown heading's "# "), then letters, digits or '_' up to and through the span.
     */
    static boolean inHashtag(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isTagChar(text.charAt(i))) {
                return false;
            }
        }
        int i = start;
        while (i > 0 && start - i < 140 && isTagChar(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && text.charAt(i - 1) == '#' && (i == 1 || !isTagChar(text.charAt(i - 2)) && text.charAt(i - 2) != '#');
    }

    private static boolean isTagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The anchor of the region holding a source char index, or null. */
    public Anchor anchorAt(int sourceIndex) {
        int lo = 0;
        int hi = anchors.size() - 1;
        Anchor found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Anchor a = anchors.get(mid);
            if (a.sourceStart() <= sourceIndex) {
                found = a;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && found.contains(sourceIndex) ? found : null;
    }
}
