package org.lihaaz.engine;

import java.util.List;
import org.lihaaz.yaml.YamlException;

/**
 * Rules or configuration that cannot be used, thrown when an engine is built: every problem found,
 * each as one line that names its file, line and column where it has one.
 */
public final class SetupException extends RuntimeException {
    private final List<String> messages;
    private final List<YamlException> errors;

    /** Problems that have no place in a file (an unknown rule named on the command line). */
    public SetupException(List<String> messages) {
        this(messages, List.of());
    }

    private SetupException(List<String> messages, List<YamlException> errors) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
        this.errors = List.copyOf(errors);
    }

    /** Problems in rule packs or configuration files, each with its file, line and column. */
    public static SetupException of(List<YamlException> errors) {
        return new SetupException(errors.stream().map(YamlException::getMessage).toList(), errors);
    }

    /** Every problem, one line each. */
    public List<String> messages() {
        return messages;
    }

    /** The problems that have a place in a file, as values ({@link YamlException#location()}); may be empty. */
    public List<YamlException> errors() {
        return errors;
    }
}
