package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.VendorAnswer;

/** Salesforce refused a read; the message is Salesforce's error in plain words, never a token. */
final class SalesforceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient VendorAnswer answer;

    SalesforceException(VendorAnswer answer) {
        super("Salesforce answered " + answer.status() + ": " + SalesforceErrors.describe(answer));
        this.answer = answer;
    }

    VendorAnswer answer() {
        return answer;
    }
}
