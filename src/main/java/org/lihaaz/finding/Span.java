package org.lihaaz.finding;

/**
 * A range of the source, as Java char indices.
 *
 * @param start first char
 * @param end   just past the last char
 */
public record Span(int start, int end) {
}
