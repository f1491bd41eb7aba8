/**
 * Findings: {@link org.lihaaz.finding.Finding} (rule, level, language, positions, the matched text,
 * replacements already fitted to their slot, message and advice in the language chosen for messages) and
 * the one way a replacement goes into text ({@link org.lihaaz.finding.Rewrite}, {@link
 * org.lihaaz.finding.Edit}).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.finding}.
 */
package org.lihaaz.finding;
