/**
 * What the context checks decided about each candidate ({@link org.lihaaz.context.Verdict}, for rule
 * tests and debugging) and counts of the NLP work done ({@link org.lihaaz.context.CheckCounters}).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.context}.
 */
package org.lihaaz.context;
