package dev.platina.skill.twilio.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.VendorAnswer;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Twilio as a connector: the account's SID and Auth Token (the token also signs Twilio's webhooks), the number or
 * Messaging Service that sends, the API's address (for tests) and, when a proxy rewrites addresses, the exact
 * webhook address entered in Twilio (it is part of what Twilio signs, and status callbacks are sent to it).
 */
@Component(service = Connector.class)
public final class TwilioConnector implements Connector {
    static final String ID = "twilio";
    static final String NAME = "Twilio SMS";
    static final String ACCOUNT_SID = "accountSid";
    static final String AUTH_TOKEN = "authToken";
    static final String SENDER = "sender";
    static final String BASE_URL = "baseUrl";
    static final String WEBHOOK_URL = "webhookUrl";
    static final String DEFAULT_BASE_URL = "https://api.twilio.com";

    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.withFields(ID, NAME,
            "SMS: send text messages from your Twilio number or Messaging Service, and react when a text arrives"
                    + " or a sent one is delivered or fails.",
            List.of(CredentialField.setting(ACCOUNT_SID, "Account SID", "Twilio Console > Account info: the"
                    + " Account SID (AC followed by 32 characters)"),
                    CredentialField.secret(AUTH_TOKEN, "Auth Token", "Twilio Console > Account info: the Auth"
                            + " Token. Twilio also signs its webhooks with it"),
                    CredentialField.setting(SENDER, "Sending number or Messaging Service SID", "A Twilio number in"
                            + " international format (+14155550100), a Messaging Service SID (MG...) or an"
                            + " alphanumeric sender ID where the destination country allows one"),
                    CredentialField.optionalAddress(BASE_URL, "API address", "Leave empty for Twilio itself",
                            DEFAULT_BASE_URL),
                    CredentialField.optionalSetting(WEBHOOK_URL, "Webhook address as entered in Twilio", "Leave"
                            + " empty unless a proxy changes the address; enter it to have delivery statuses"
                            + " reported (Twilio posts them to this address)", null)));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResult check(Connection connection) throws Exception {
        Optional<CheckResult> wrongField = TwilioAccount.problem(connection);
        if (wrongField.isPresent()) {
            return wrongField.get();
        }
        TwilioAccount account = TwilioAccount.of(connection);
        VendorAnswer answer = account.http().get(account.path(".json"));
        if (answer.ok()) {
            var json = TwilioError.json(answer);
            String status = json.path("status").asText("active");
            String name = json.path("friendly_name").asText(account.sid());
            if (!status.equals("active")) {
                return CheckResult.failed(ACCOUNT_SID, "The Twilio account " + name + " is " + status
                        + ": it cannot send messages.");
            }
            return CheckResult.ok("Connected to the Twilio account " + name + ".");
        }
        TwilioError error = TwilioError.of(answer);
        if (answer.status() == 401 || answer.status() == 403) {
            return CheckResult.failed(AUTH_TOKEN, "Twilio refused the Account SID and Auth Token: " + error.words());
        }
        if (answer.status() == 404) {
            return CheckResult.failed(ACCOUNT_SID, "Twilio knows no account " + account.sid() + ": "
                    + error.words());
        }
        return CheckResult.failed("Twilio answered " + answer.status() + ": " + error.words());
    }
}
