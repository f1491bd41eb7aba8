package org.lihaaz.format;

/**
 * A reader cannot read this input at all (say, Markdown nested deeper than any parser's stack); the
 * engine reports the message as the file's error and goes on with the other inputs.
 */
public final class UnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableException(String message) {
        super(message);
    }
}
