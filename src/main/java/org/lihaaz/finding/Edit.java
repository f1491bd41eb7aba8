package org.lihaaz.finding;

/**
 * One change to a file's decoded text.
 *
 * @param start       char index where the replaced text starts
 * @param end         char index just past it
 * @param replacement the new text
 */
public record Edit(int start, int end, String replacement) {
    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    public boolean overlaps(Edit other) {
        return start < other.end && other.start < end;
    }
}
