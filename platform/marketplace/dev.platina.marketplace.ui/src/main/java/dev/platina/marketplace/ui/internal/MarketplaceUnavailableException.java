package dev.platina.marketplace.ui.internal;

/** The marketplace service is not running on this node (being updated, or failed to start). */
final class MarketplaceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MarketplaceUnavailableException() {
        super("The marketplace is not running on this node right now. Try again in a minute; if it stays away,"
                + " tell your operator.");
    }
}
