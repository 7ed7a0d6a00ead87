package dev.platina.core.api;

/** The change collides with the current state: a stale version, or a name that is already taken. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
