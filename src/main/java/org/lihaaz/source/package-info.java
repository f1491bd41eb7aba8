/**
 * Positions in a source text: {@link org.lihaaz.source.Position} (line, column and offset in code points)
 * and {@link org.lihaaz.source.SourceText}.
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.source}.
 */
package org.lihaaz.source;
