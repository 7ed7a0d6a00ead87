package dev.platina.core.api;

/**
 * The object does not exist, or the caller may not know that it exists (objects of other organisations are
 * reported exactly like missing ones).
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
