/**
 * Project configuration ({@code .lihaaz.yml}): strict loading ({@link org.lihaaz.config.ConfigLoader}),
 * the nearest file for a path ({@link org.lihaaz.config.ConfigFinder}), the loaded value ({@link
 * org.lihaaz.config.ProjectConfig}) and the editor of the allow list.
 *
 * <p>Compatibility: loading and finding a configuration and reading {@code ProjectConfig} are part of the
 * engine API ({@link org.lihaaz.engine.Engines} takes a {@code ProjectConfig}); the rest is tool API.
 */
package org.lihaaz.config;
