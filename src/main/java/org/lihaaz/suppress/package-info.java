/**
 * The project's policy: per-rule levels and switches, the allow list, the least sureness ({@link
 * org.lihaaz.suppress.Policy}).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.suppress}.
 */
package org.lihaaz.suppress;
