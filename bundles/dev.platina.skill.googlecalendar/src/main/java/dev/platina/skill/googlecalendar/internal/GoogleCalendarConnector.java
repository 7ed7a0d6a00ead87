package dev.platina.skill.googlecalendar.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.OAuth2Client;
import dev.platina.integration.api.VendorAnswer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Google Calendar as a connector: an OAuth 2.0 client of the organisation's own Google Cloud project (authorisation
 * code with PKCE, offline access so Google issues a refresh token), the one calendar to work with, and the addresses
 * of the API and of Google's OAuth endpoints, which only tests and proxies change.
 */
@Component(service = Connector.class)
public final class GoogleCalendarConnector implements Connector {
    static final String ID = "google-calendar";
    static final String NAME = "Google Calendar";
    static final String CLIENT_ID = "clientId";
    static final String CLIENT_SECRET = "clientSecret";
    static final String CALENDAR_ID = "calendarId";
    static final String BASE_URL = "baseUrl";
    static final String AUTHORIZATION_ENDPOINT = "authorizationEndpoint";
    static final String TOKEN_ENDPOINT = "tokenEndpoint";
    static final String DEFAULT_CALENDAR = "primary";
    static final String DEFAULT_BASE_URL = "https://www.googleapis.com";
    static final String GOOGLE_AUTHORIZATION_ENDPOINT = "https://accounts.google.com/o/oauth2/v2/auth";
    static final String GOOGLE_TOKEN_ENDPOINT = "https://oauth2.googleapis.com/token";
    static final String SCOPE = "https://www.googleapis.com/auth/calendar.events";

    // The kit fills {name} from the connection's settings, so the endpoints default to Google's yet a test can
    // point them at a local peer; "offline" and "consent" make Google issue a refresh token on every authorisation.
    static final OAuth2Client OAUTH = new OAuth2Client("{" + AUTHORIZATION_ENDPOINT + "}", "{" + TOKEN_ENDPOINT + "}",
            List.of(SCOPE), CLIENT_ID, CLIENT_SECRET, false, Map.of("access_type", "offline", "prompt", "consent"));

    static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(ID, NAME,
            "Calendar: create, change and delete events, and react when events change or a meeting starts.",
            List.of(CredentialField.setting(CLIENT_ID, "OAuth client id", "Google Cloud console > APIs & Services >"
                    + " Credentials: an OAuth client ID of type 'Web application' (...apps.googleusercontent.com)"),
                    CredentialField.secret(CLIENT_SECRET, "OAuth client secret", "Shown with the client id in the"
                            + " Google Cloud console (GOCSPX-...)"),
                    CredentialField.optionalSetting(CALENDAR_ID, "Calendar id", "Leave empty for the authorising"
                            + " account's main calendar; for another calendar, its id from Google Calendar >"
                            + " Settings > Integrate calendar", DEFAULT_CALENDAR),
                    CredentialField.optionalAddress(BASE_URL, "API address", "Leave empty for Google itself",
                            DEFAULT_BASE_URL),
                    CredentialField.optionalSetting(AUTHORIZATION_ENDPOINT, "Authorisation address", "Leave empty"
                            + " for Google itself", GOOGLE_AUTHORIZATION_ENDPOINT),
                    CredentialField.optionalAddress(TOKEN_ENDPOINT, "Token address", "Leave empty for Google itself",
                            GOOGLE_TOKEN_ENDPOINT)),
            Optional.of(OAUTH));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Lists one event: the granted scope allows exactly that, and the answer names the calendar. */
    @Override
    public CheckResult check(Connection connection) throws Exception {
        CalendarApi calendar = CalendarApi.of(connection);
        VendorAnswer answer = calendar.list(Map.of("maxResults", "1"));
        if (answer.ok()) {
            var page = GoogleJson.read(answer.body());
            String title = page.path("summary").asText(calendar.calendarId());
            return CheckResult.ok("Connected to the Google calendar '" + title + "' (time zone "
                    + page.path("timeZone").asText("UTC") + ").");
        }
        String said = GoogleError.of(answer).words();
        return switch (answer.status()) {
            case 401 -> CheckResult.failed("Google refused the authorisation: " + said
                    + " Authorise again under Settings > Connections.");
            case 403 -> CheckResult.failed("Google does not let this account use the calendar: " + said);
            case 404 -> CheckResult.failed(CALENDAR_ID, "Google has no calendar '" + calendar.calendarId()
                    + "' that the authorising account can see.");
            default -> CheckResult.failed("Google Calendar answered HTTP " + answer.status() + ": " + said);
        };
    }
}
