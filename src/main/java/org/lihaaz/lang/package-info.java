/**
 * Languages: {@link org.lihaaz.lang.Language} and the choice of how to read a text ({@link
 * org.lihaaz.lang.LanguageChoice}: one language, or detected per sentence); the word forms and Urdu noun
 * classes rules name ({@link org.lihaaz.lang.WordForm}, {@link org.lihaaz.lang.UrduNounClass}).
 *
 * <p>Compatibility: public values the engine API returns and takes, under its promise (see {@link
 * org.lihaaz.engine}) for reading them: accessors, enum constants and static factories stay. Their constructors and
 * {@code with...} methods serve Lihaaz's own stages and may change. The stage's machinery is in
 * {@code org.lihaaz.internal.lang}.
 */
package org.lihaaz.lang;
