package org.lihaaz.internal.prose;

/**
 * A source region whose exact text something else depends on, so it is checked but never rewritten:
 * a Markdown link label its definition is found by, a heading other links point at by its anchor, a
 * front-matter taxonomy value pages are filed under. A reader marks such regions; a finding inside
 * one is reported with the reason and left for a person.
 *
 * @param sourceStart char index where the region starts
 * @param sourceEnd   char index just past it
 * @param reason      why it is not rewritten, for the user
 */
public record Frozen(int sourceStart, int sourceEnd, String reason) {
    public boolean overlaps(int start, int end) {
        return start < sourceEnd && sourceStart < end;
    }
}
