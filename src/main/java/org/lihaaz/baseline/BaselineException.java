package org.lihaaz.baseline;

/** A baseline file that cannot be used; the message names the file and says why, on one line. */
public final class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }
}
