package dev.platina.marketplace.impl.internal;

/**
 * A package that must not be installed: a signature that does not verify, an untrusted publisher, a file that
 * differs from the catalogue, a descriptor that disagrees with the catalogue, or code the platform refuses. The
 * message says which file and what to do.
 */
final class PackageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PackageRejectedException(String message) {
        super(message);
    }

    PackageRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
