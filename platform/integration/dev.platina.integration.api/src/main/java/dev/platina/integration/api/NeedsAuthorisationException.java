package dev.platina.integration.api;

import java.io.IOException;

/** The connection has no usable OAuth 2.0 grant: an administrator has to authorise it (again). */
public class NeedsAuthorisationException extends IOException {

    private static final long serialVersionUID = 1L;

    public NeedsAuthorisationException(String message) {
        super(message);
    }
}
