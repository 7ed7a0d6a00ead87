package dev.platina.ai.providers.internal;

/**
 * Thrown by the wire formats when an answer does not have the documented shape; the transport turns it into a
 * {@code BAD_RESPONSE} that names the provider.
 */
final class UnreadableAnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableAnswerException(String detail) {
        super(detail);
    }

    UnreadableAnswerException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
