package org.lihaaz.prose;

import java.util.List;
import org.lihaaz.source.SourceText;

/**
 * What a format reader hands on: the source it read, the prose blocks to check, and the
 * suppression directives found in the source.
 */
public record Prose(SourceText source, List<ProseBlock> blocks, List<Directive> directives) {
    public Prose {
        blocks = List.copyOf(blocks);
        // Suppression reads directives in source order, whatever order a reader found them in.
        directives = directives.stream()
                .sorted(java.util.Comparator.comparingInt(Directive::sourceStart))
                .toList();
    }
}
