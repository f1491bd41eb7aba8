/**
 * Errors in rule packs and configuration files as values: {@link org.lihaaz.yaml.YamlException} with its
 * {@link org.lihaaz.yaml.Location} (file, line, column).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.yaml}.
 */
package org.lihaaz.yaml;
