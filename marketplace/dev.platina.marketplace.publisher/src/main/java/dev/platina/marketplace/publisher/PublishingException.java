package dev.platina.marketplace.publisher;

/** Input the publisher refuses to publish; the message says which file and what to fix, and fails the build. */
public final class PublishingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishingException(String message) {
        super(message);
    }

    public PublishingException(String message, Throwable cause) {
        super(message, cause);
    }
}
