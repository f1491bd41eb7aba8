package org.lihaaz.prose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A name for a region of the source that means more to its reader than a line number: a subtitle
 * cue, a paragraph of a Word document. A reader attaches anchors to source regions; the engine
 * carries the anchor of the region a finding starts in to the finding, and reporters print it. No
 * stage after the reader knows what kinds exist.
 *
 * @param kind        what the region is ({@code cue}, {@code paragraph}); the JSON report uses it as a key
 * @param index       the region's number in its file, 1-based
 * @param details     more facts about the region, by name, in the order reports print them (a cue's
 *                    {@code start} time)
 * @param label       what the human report prints beside a finding's position, or null for nothing
 * @param sourceStart char index in the source where the region starts
 * @param sourceEnd   char index just past the region
 */
public record Anchor(String kind, int index, Map<String, String> details, String label, int sourceStart,
        int sourceEnd) {
    public Anchor {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public boolean contains(int sourceIndex) {
        return sourceIndex >= sourceStart && sourceIndex < sourceEnd;
    }
}
