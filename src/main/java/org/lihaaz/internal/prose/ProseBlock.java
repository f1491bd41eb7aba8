package org.lihaaz.internal.prose;

/**
 * A unit of prose that sentences never cross: a paragraph, heading, list item or table cell.
 *
 * @param text the prose as a reader sees it
 * @param map  where each char of {@code text} came from in the source
 */
public record ProseBlock(String text, OffsetMap map) {
}
