package dev.platina.core.api;

/** The caller lacks a permission; the message names it so the user knows what to ask for. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String permission, String message) {
        super(message);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
