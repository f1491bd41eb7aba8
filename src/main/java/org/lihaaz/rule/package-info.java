/**
 * Rules as data: the rule model ({@link org.lihaaz.rule.Rule}, {@link org.lihaaz.rule.RuleSet}, {@link
 * org.lihaaz.rule.Level}, {@link org.lihaaz.rule.MessageChoice}, ...) and loading packs from YAML with strict
 * validation ({@link org.lihaaz.rule.RuleLoader}).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.rule}.
 */
package org.lihaaz.rule;
