/**
 * Source formats: {@link org.lihaaz.format.Format} (the formats and their file extensions) and what their
 * readers are told ({@link org.lihaaz.format.ReaderOptions}).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.format}.
 */
package org.lihaaz.format;
