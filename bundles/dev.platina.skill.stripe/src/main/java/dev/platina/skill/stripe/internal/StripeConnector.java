package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Stripe as a connector: a secret API key, the webhook signing secret, and the API's address (for tests). */
@Component(service = Connector.class)
public final class StripeConnector implements Connector {

    static final String ID = "stripe";
    static final String NAME = "Stripe";
    static final String API_KEY = "apiKey";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String BASE_URL = "baseUrl";
    static final String DEFAULT_BASE_URL = "https://api.stripe.com";

    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.withFields(ID, NAME,
            "Payments: create customers, invoices and refunds, and react when payments succeed or fail.",
            List.of(CredentialField.secret(API_KEY, "Secret API key", "Stripe Dashboard > Developers > API keys:"
                    + " the secret key (sk_live_... or sk_test_...) or a restricted key (rk_...) allowed to write"
                    + " customers, invoices and refunds"),
                    new CredentialField(WEBHOOK_SECRET, "Webhook signing secret", true, false, "After connecting,"
                            + " add a webhook endpoint in Stripe (Developers > Webhooks) with the address shown here,"
                            + " then paste its signing secret (whsec_...)", java.util.Optional.empty()),
                    CredentialField.optionalAddress(BASE_URL, "API address", "Leave empty for Stripe itself",
                            DEFAULT_BASE_URL)));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResult check(Connection connection) throws Exception {
        StripeResponse balance = StripeClient.of(connection).get("/v1/balance");
        if (balance.status() == 200) {
            boolean live = balance.json().path("livemode").asBoolean(false);
            return CheckResult.ok("Stripe accepted the API key (" + (live ? "live" : "test") + " mode).");
        }
        if (balance.status() == 401 || balance.status() == 403) {
            return CheckResult.failed(API_KEY, "Stripe refused the API key: " + balance.errorMessage());
        }
        return CheckResult.failed("Stripe answered HTTP " + balance.status() + ": " + balance.errorMessage());
    }
}
