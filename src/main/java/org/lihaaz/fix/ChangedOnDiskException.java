package org.lihaaz.fix;

import java.io.IOException;

/** A file's bytes are not the ones its fixes were planned on: someone changed it meanwhile. */
public final class ChangedOnDiskException extends IOException {
    private static final long serialVersionUID = 1L;

    public ChangedOnDiskException(String message) {
        super(message);
    }
}
