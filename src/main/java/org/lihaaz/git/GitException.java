package org.lihaaz.git;

/** Git could not tell what changed; the message says why, on one line. */
public final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    public GitException(String message) {
        super(message);
    }
}
