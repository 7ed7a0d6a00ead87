package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One calendar collection on a CalDAV server (RFC 4791) as the connection names it, spoken to with HTTP Basic
 * authentication through the kit's {@link VendorHttp}. Paths are sent as the server's hrefs give them: absolute paths
 * on the collection's origin.
 */
final class CalDavClient {
    static final String XML = "application/xml; charset=utf-8";
    static final String ICALENDAR = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final VendorHttp http;
    private final String collectionPath;

    CalDavClient(URI collection, String username, String password) {
        String path = collection.getRawPath() == null || collection.getRawPath().isEmpty() ? "/"
                : collection.getRawPath();
        this.collectionPath = path.endsWith("/") ? path : path + "/";
        String origin = collection.getScheme() + "://" + collection.getRawAuthority();
        String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.http = VendorHttp.at(origin, Map.of("Authorization", "Basic " + basic));
    }

    /** @throws IOException when the connection lacks its address or password (words for the administrator) */
    static CalDavClient of(Connection connection) throws IOException {
        URI collection = collectionUri(connection.setting(CalDavConnector.CALENDAR_URL).orElse(""));
        String password = connection.secret(CalDavConnector.PASSWORD)
                .orElseThrow(() -> new IOException("No CalDAV password is stored for this organisation."));
        return new CalDavClient(collection, connection.setting(CalDavConnector.USERNAME).orElse(""), password);
    }

    /**
     * @throws IOException when the text is not an http(s) address, or carries a user name or password (which would
     *     then travel in events and messages that show the address)
     */
    static URI collectionUri(String text) throws IOException {
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("The calendar address is not an http(s) URL.");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new IOException("The calendar address is not an http(s) URL.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IOException("The calendar address must not contain the user name or password; enter them in"
                    + " their own fields.");
        }
        return uri;
    }

    String collectionPath() {
        return collectionPath;
    }

    /** Where this skill stores the event with {@code uid}: {@code <collection>/<uid>.ics}, the uid escaped. */
    String hrefFor(String uid) {
        var path = new StringBuilder(collectionPath);
        for (byte b : uid.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-_.@".indexOf(c) >= 0)) {
                path.append(c);
            } else {
                path.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return path.append(".ics").toString();
    }

    /** An href as a path on the origin (a server may send a full URL). */
    static String pathOf(String href) {
        if (href.startsWith("http://") || href.startsWith("https://")) {
            URI uri = URI.create(href);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return href;
    }

    VendorAnswer describeCollection() throws IOException, InterruptedException {
        return send("PROPFIND", collectionPath, XML, """
                <?xml version="1.0" encoding="utf-8"?>
                <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:resourcetype/><d:displayname/><c:supported-calendar-component-set/></d:prop>
                </d:propfind>""", Map.of("Depth", "0"));
    }

    /**
     * The events overlapping {@code [from, to)} (a calendar-query REPORT with a time range, RFC 4791 section 7.8;
     * the server expands recurrences to decide), with their ETags and iCalendar text.
     *
     * @throws CalDavException when the server answers anything but 207
     */
    List<CalendarResource> eventsBetween(Instant from, Instant to) throws IOException, InterruptedException {
        VendorAnswer answer = send("REPORT", collectionPath, XML, """
                <?xml version="1.0" encoding="utf-8"?>
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/><c:calendar-data/></d:prop>
                  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                    <c:time-range start="%s" end="%s"/>
                  </c:comp-filter></c:comp-filter></c:filter>
                </c:calendar-query>""".formatted(UTC.format(from), UTC.format(to)), Map.of("Depth", "1"));
        if (answer.status() != 207) {
            throw new CalDavException(answer);
        }
        var resources = new ArrayList<CalendarResource>();
        for (Multistatus.Member member : Multistatus.read(answer.body())) {
            var data = member.text(Multistatus.CALDAV, "calendar-data");
            if (member.status() / 100 == 2 && data.isPresent() && !data.get().isEmpty()) {
                String etag = member.text(Multistatus.DAV, "getetag").map(CalDavClient::unquoted)
                        .orElse(Integer.toHexString(data.get().hashCode()));
                resources.add(new CalendarResource(pathOf(member.href()), etag, data.get()));
            }
        }
        return resources;
    }

    VendorAnswer get(String href) throws IOException, InterruptedException {
        return send("GET", pathOf(href), null, null, Map.of("Accept", "text/calendar"));
    }

    /** A PUT guarded by {@code If-None-Match: *} (create only) or {@code If-Match} (change only that version). */
    VendorAnswer put(String href, String calendar, Precondition precondition) throws IOException,
            InterruptedException {
        return send("PUT", pathOf(href), ICALENDAR, calendar, precondition.headers());
    }

    VendorAnswer delete(String href, Precondition precondition) throws IOException, InterruptedException {
        return send("DELETE", pathOf(href), null, null, precondition.headers());
    }

    /**
     * Sends once more when a kept-alive connection turned out closed. Servers that answer HTTP/1.0 without
     * keep-alive (Radicale's built-in server) close every connection, but the JDK's client pools it anyway, and the
     * next request can meet the closed socket. Every request here is safe to repeat: reads are, and writes carry
     * preconditions whose 412 or 404 the writes read as "already done" where it was.
     */
    private VendorAnswer send(String method, String path, String contentType, String body,
            Map<String, String> headers) throws IOException, InterruptedException {
        try {
            return http.send(method, path, contentType, body, headers);
        } catch (ConnectException | HttpTimeoutException unreachable) {
            throw unreachable;
        } catch (IOException closedUnderfoot) {
            return http.send(method, path, contentType, body, headers);
        }
    }

    static String unquoted(String etag) {
        String value = etag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** The conditional request headers (RFC 9110 section 13.1). */
    record Precondition(String header, String value) {
        static final Precondition NONE = new Precondition("", "");

        static Precondition absent() {
            return new Precondition("If-None-Match", "*");
        }

        static Precondition version(String etag) {
            return new Precondition("If-Match", "\"" + unquoted(etag) + "\"");
        }

        Map<String, String> headers() {
            var headers = new HashMap<String, String>();
            if (!header.isEmpty()) {
                headers.put(header, value);
            }
            return headers;
        }
    }
}
