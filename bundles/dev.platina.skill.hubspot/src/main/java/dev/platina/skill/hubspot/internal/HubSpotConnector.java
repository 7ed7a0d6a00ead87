package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * HubSpot as a connector: a private app's access token, the app's client secret (for webhook signatures), the API's
 * address (for tests) and, when Platina sits behind a proxy that rewrites addresses, the exact webhook address
 * entered in HubSpot (it is part of what HubSpot signs).
 */
@Component(service = Connector.class)
public final class HubSpotConnector implements Connector {
    static final String ID = "hubspot";
    static final String NAME = "HubSpot";
    static final String ACCESS_TOKEN = "accessToken";
    static final String CLIENT_SECRET = "clientSecret";
    static final String BASE_URL = "baseUrl";
    static final String WEBHOOK_URL = "webhookUrl";
    static final String DEFAULT_BASE_URL = "https://api.hubapi.com";

    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.withFields(ID, NAME,
            "CRM: create and update contacts, add notes to contacts, create deals, and react when leads arrive,"
                    + " contacts change or deals are created.",
            List.of(CredentialField.secret(ACCESS_TOKEN, "Private app access token", "HubSpot > Settings >"
                    + " Integrations > Private apps: create an app with the scopes crm.objects.contacts.read,"
                    + " crm.objects.contacts.write, crm.objects.deals.write, then copy its access token (pat-...)"),
                    new CredentialField(CLIENT_SECRET, "Client secret (webhooks)", true, false, "The private app's"
                            + " Auth tab: its client secret, which HubSpot signs webhooks with. Needed only to"
                            + " receive webhooks", Optional.empty()),
                    CredentialField.optionalAddress(BASE_URL, "API address", "Leave empty for HubSpot itself",
                            DEFAULT_BASE_URL),
                    CredentialField.optionalSetting(WEBHOOK_URL, "Webhook address as entered in HubSpot", "Leave"
                            + " empty unless a proxy changes the address: then paste the exact target URL entered"
                            + " in the private app's Webhooks tab", null)));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResult check(Connection connection) throws Exception {
        HubSpotResponse contacts = HubSpotClient.of(connection).get("/crm/v3/objects/contacts?limit=1");
        if (contacts.ok()) {
            return CheckResult.ok("HubSpot accepted the access token and lets it read contacts.");
        }
        if (contacts.status() == 401) {
            return CheckResult.failed(ACCESS_TOKEN, "HubSpot refused the access token: " + contacts.errorMessage());
        }
        if (contacts.status() == 403) {
            return CheckResult.failed(ACCESS_TOKEN, "The private app lacks a scope: " + contacts.errorMessage());
        }
        return CheckResult.failed("HubSpot answered HTTP " + contacts.status() + ": " + contacts.errorMessage());
    }
}
