package org.lihaaz.engine;

import java.nio.file.Path;
import java.util.List;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.Rule;

/**
 * What a program chooses for every project it checks, over what each project's {@code .lihaaz.yml}
 * says (the command line's options, an editor's settings, a batch job's arguments). A null choice
 * leaves it to the configuration file, and to the default where the file says nothing.
 *
 * <pre>{@code
 * Setup setup = Setup.defaults().withLanguage(LanguageChoice.of(Language.EN)).withSureness(Rule.Sureness.HIGH)
 *         .withMessages(MessageChoice.EN);
 * Lihaaz lihaaz = Lihaaz.fromConfig(Path.of("project/.lihaaz.yml"), setup);
 * }</pre>
 *
 * @param language   the language to check as (default: detected per sentence), or null
 * @param sureness   the least sure rules to run (default medium), or null
 * @param messages   the language of findings' messages and advice (default: the text's own), or null
 * @param extraRules rule pack folders to load besides the built-in packs and those the configuration names
 * @param enable     rule ids or packs to turn on
 * @param disable    rule ids or packs to turn off
 * @param wholeFiles read every file whole, whatever its size (rewriting needs the whole text); otherwise
 *                   large plain-text and Markdown files are read in pieces and reports keep no whole text
 */
public record Setup(LanguageChoice language, Rule.Sureness sureness, MessageChoice messages, List<Path> extraRules,
        List<String> enable, List<String> disable, boolean wholeFiles) {
    public Setup {
        extraRules = List.copyOf(extraRules);
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
    }

    /** Everything left to the configuration file. */
    public static Setup defaults() {
        return new Setup(null, null, null, List.of(), List.of(), List.of(), false);
    }

    public Setup withLanguage(LanguageChoice newLanguage) {
        return new Setup(newLanguage, sureness, messages, extraRules, enable, disable, wholeFiles);
    }

    public Setup withSureness(Rule.Sureness newSureness) {
        return new Setup(language, newSureness, messages, extraRules, enable, disable, wholeFiles);
    }

    public Setup withMessages(MessageChoice newMessages) {
        return new Setup(language, sureness, newMessages, extraRules, enable, disable, wholeFiles);
    }

    public Setup withExtraRules(List<Path> folders) {
        return new Setup(language, sureness, messages, folders, enable, disable, wholeFiles);
    }

    public Setup withEnabled(List<String> rulesOrPacks) {
        return new Setup(language, sureness, messages, extraRules, rulesOrPacks, disable, wholeFiles);
    }

    public Setup withDisabled(List<String> rulesOrPacks) {
        return new Setup(language, sureness, messages, extraRules, enable, rulesOrPacks, wholeFiles);
    }

    public Setup withWholeFiles(boolean whole) {
        return new Setup(language, sureness, messages, extraRules, enable, disable, whole);
    }
}
