package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.VendorAnswer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * A calendar collection on any CalDAV server (RFC 4791), reached with a user name and password (HTTP Basic; an
 * app password where the provider requires one). The optional time zone is where floating times and all-day events
 * are placed on the time line.
 */
@Component(service = Connector.class)
public final class CalDavConnector implements Connector {
    static final String ID = "caldav";
    static final String NAME = "CalDAV calendar";
    static final String CALENDAR_URL = "calendarUrl";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String TIME_ZONE = "timeZone";

    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.withFields(ID, NAME,
            "Any CalDAV calendar (Nextcloud, iCloud, Fastmail, Radicale ...): create, change and delete events, and"
                    + " react when events change or a meeting's time arrives.",
            List.of(CredentialField.address(CALENDAR_URL, "Calendar address (collection URL)", "The calendar's"
                    + " own CalDAV address, ending in the calendar's name, e.g."
                    + " https://cloud.example.com/remote.php/dav/calendars/alice/personal/ (Nextcloud: calendar"
                    + " settings > Copy private link)"),
                    CredentialField.setting(USERNAME, "User name", "The account's login name"),
                    CredentialField.secret(PASSWORD, "Password", "The account's password, or an app password where"
                            + " the provider asks for one (iCloud, Fastmail, Nextcloud with two-factor login)"),
                    CredentialField.optionalSetting(TIME_ZONE, "Time zone", "For all-day events and times without a"
                            + " zone, e.g. Europe/Berlin", "UTC")));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResult check(Connection connection) {
        if (zone(connection).isEmpty()) {
            return CheckResult.failed(TIME_ZONE, "'" + connection.setting(TIME_ZONE).orElse("") + "' is not a time"
                    + " zone; use a name such as Europe/Berlin or UTC.");
        }
        CalDavClient calendar;
        try {
            calendar = CalDavClient.of(connection);
        } catch (IOException e) {
            return CheckResult.failed(CALENDAR_URL, e.getMessage());
        }
        VendorAnswer answer;
        try {
            answer = calendar.describeCollection();
        } catch (IOException e) {
            return CheckResult.failed(CALENDAR_URL, unreachable(connection, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.failed("The check was interrupted; try again.");
        }
        return switch (answer.status()) {
            case 207 -> calendarFound(answer);
            case 401 -> CheckResult.failed(PASSWORD, "The server refused the user name or password (401). Check"
                    + " both; some providers need an app password instead of the account's password.");
            case 403 -> CheckResult.failed(CALENDAR_URL, "The server accepted the login but does not let this user"
                    + " read the calendar at this address (403).");
            case 404 -> CheckResult.failed(CALENDAR_URL, "There is no calendar at this address (404). Copy the"
                    + " calendar's own CalDAV address from the provider's calendar settings.");
            case 301, 302, 307, 308 -> CheckResult.failed(CALENDAR_URL, "The server moved this address to "
                    + answer.header("location").orElse("another one") + "; enter that address instead.");
            default -> CheckResult.failed(CALENDAR_URL, "The address does not answer as a CalDAV calendar: it"
                    + " answered " + answer.status() + CalDavAnswers.said(answer));
        };
    }

    private static CheckResult calendarFound(VendorAnswer answer) {
        Multistatus.Member collection;
        try {
            collection = Multistatus.read(answer.body()).stream().findFirst().orElseThrow(
                    () -> new IOException("the answer names no resource"));
        } catch (IOException e) {
            return CheckResult.failed(CALENDAR_URL, "The address answered, but not as a CalDAV server: "
                    + e.getMessage());
        }
        if (!collection.holds(Multistatus.DAV, "resourcetype", Multistatus.CALDAV, "calendar")) {
            return CheckResult.failed(CALENDAR_URL, "This address is a folder on the server but not a calendar"
                    + " (perhaps the account's home or principal). Enter the address of one calendar in it.");
        }
        var components = collection.element(Multistatus.CALDAV, "supported-calendar-component-set");
        if (components.isPresent() && components.get().getElementsByTagNameNS(Multistatus.CALDAV, "comp")
                .getLength() > 0 && !holdsEvents(components.get())) {
            return CheckResult.failed(CALENDAR_URL, "This calendar holds no events (only tasks or notes).");
        }
        String name = collection.text(Multistatus.DAV, "displayname").filter(n -> !n.isBlank()).orElse("");
        return CheckResult.ok(name.isEmpty() ? "Connected to the calendar." : "Connected to the calendar '" + name
                + "'.");
    }

    private static boolean holdsEvents(org.w3c.dom.Element components) {
        var comps = components.getElementsByTagNameNS(Multistatus.CALDAV, "comp");
        for (int i = 0; i < comps.getLength(); i++) {
            if ("VEVENT".equalsIgnoreCase(((org.w3c.dom.Element) comps.item(i)).getAttribute("name"))) {
                return true;
            }
        }
        return false;
    }

    private static String unreachable(Connection connection, IOException e) {
        String address = connection.setting(CALENDAR_URL).orElse("");
        if (e instanceof ConnectException) {
            return "Nothing answers at " + address + " (connection refused). Check the address and port.";
        }
        if (e instanceof UnknownHostException) {
            return "The server name in " + address + " is unknown.";
        }
        if (e instanceof HttpTimeoutException) {
            return "The server at " + address + " did not answer in time.";
        }
        return "Could not reach " + address + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
    }

    /** The connection's zone for floating times; empty when the setting is not a zone. */
    static Optional<ZoneId> zone(Connection connection) {
        String name = connection.setting(TIME_ZONE).filter(z -> !z.isBlank()).orElse("UTC").strip();
        try {
            return Optional.of(ZoneId.of(name));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static ZoneId zoneOrUtc(Connection connection) {
        return zone(connection).orElse(ZoneOffset.UTC);
    }
}
