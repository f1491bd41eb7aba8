package org.lihaaz.batch;

import java.util.List;
import org.lihaaz.yaml.YamlException;

/** Rules or configuration that cannot be used; every problem found, each as one line. */
public final class SetupException extends RuntimeException {
    private final List<String> messages;

    SetupException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    static SetupException of(List<YamlException> errors) {
        return new SetupException(errors.stream().map(YamlException::getMessage).toList());
    }

    public List<String> messages() {
        return messages;
    }
}
