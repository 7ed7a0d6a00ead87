package dev.platina.persistence.api;

/** A database operation failed; the transaction it ran in was rolled back. */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
