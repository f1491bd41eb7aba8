package org.lihaaz.source;

/** A point in a source text: 1-based line and column, and the 0-based offset, all counted in code points. */
public record Position(int line, int column, int offset) {
}
