/**
 * Named source regions a finding starts in ({@link org.lihaaz.prose.Anchor}: a subtitle cue, a Word
 * paragraph).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.prose}.
 */
package org.lihaaz.prose;
