package dev.platina.integration.api;

/**
 * A webhook delivery that is not verifiably from the vendor: no signature, a wrong one, or a timestamp outside the
 * tolerance. The message says why, for the audit trail; it is never shown to the sender.
 */
public class WebhookRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebhookRefusedException(String message) {
        super(message);
    }
}
