package dev.platina.skill.slack.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.CallResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Slack as a connector: the app's bot token, its signing secret (for events and button clicks), the Web API's
 * address (for tests) and a default channel for messages that name none.
 */
@Component(service = Connector.class)
public final class SlackConnector implements Connector {

    static final String ID = "slack";
    static final String NAME = "Slack";
    static final String BOT_TOKEN = "botToken";
    static final String SIGNING_SECRET = "signingSecret";
    static final String BASE_URL = "baseUrl";
    static final String DEFAULT_CHANNEL = "defaultChannel";
    static final String DEFAULT_BASE_URL = "https://slack.com/api";

    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.withFields(ID, NAME,
            "Chat: post and reply in channels, react to messages, and approve or reject from Slack.",
            List.of(CredentialField.secret(BOT_TOKEN, "Bot token", "Your Slack app > OAuth & Permissions: the Bot"
                            + " User OAuth Token (xoxb-...), after installing the app to the workspace"),
                    CredentialField.secret(SIGNING_SECRET, "Signing secret", "Your Slack app > Basic Information >"
                            + " App Credentials: Signing Secret; it proves that events and button clicks come from"
                            + " Slack"),
                    CredentialField.optionalAddress(BASE_URL, "API address", "Leave empty for Slack itself",
                            DEFAULT_BASE_URL),
                    new CredentialField(DEFAULT_CHANNEL, "Default channel", false, false, "The channel id (C...)"
                            + " for messages whose step names no channel, and for approval notices to people"
                            + " Slack cannot find by e-mail address; invite the app to it", Optional.empty())));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResult check(Connection connection) throws Exception {
        SlackAnswer answer = SlackApi.of(connection).call("auth.test", Map.of());
        if (answer.ok()) {
            return CheckResult.ok("Connected to the Slack workspace " + answer.json().path("team").asText("?")
                    + " as the app user @" + answer.json().path("user").asText("?") + ".");
        }
        CallResult failure = answer.failure();
        if (failure.kind() == CallResult.Kind.CREDENTIALS_REFUSED) {
            return CheckResult.failed(BOT_TOKEN, "Slack refused the bot token: " + failure.message());
        }
        return CheckResult.failed(failure.kind() == CallResult.Kind.REFUSED ? "Slack refused the check: "
                + failure.message() : "Slack could not be asked: " + failure.message());
    }
}
