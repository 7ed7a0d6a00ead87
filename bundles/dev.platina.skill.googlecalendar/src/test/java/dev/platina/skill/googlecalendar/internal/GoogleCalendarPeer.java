package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Google's OAuth 2.0 token endpoint ({@link GoogleTokenEndpoint}) and the Calendar API v3 events of one calendar on
 * the JDK's HTTP server, speaking the documented shapes: bearer tokens (401 {@code authError} otherwise),
 * {@code events.list} with pages, {@code nextSyncToken} on the last page,
 * incremental sync by {@code syncToken} (400 when combined with time filters, 410 {@code fullSyncRequired} once
 * expired), {@code singleEvents} expanding recurring events into occurrences, {@code insert} with client ids (409
 * {@code duplicate}), {@code patch} and {@code delete} with {@code If-Match} (412 {@code conditionNotMet}), 410
 * {@code deleted}, and errors as {@code {"error": {"code", "message", "errors": [{"domain", "reason", "message"}]}}}.
 * Scripted failures (429 with {@code Retry-After}, 403 {@code rateLimitExceeded}) are answered first.
 */
final class GoogleCalendarPeer implements AutoCloseable {
    static final String CLIENT_ID = "81234567890-platina.apps.googleusercontent.com";
    static final String CLIENT_SECRET = "GOCSPX-peer-client-secret";
    static final String CALENDAR = "primary";
    static final String ZONE = "Europe/Berlin";
    static final URI CALLBACK = URI.create("https://platina.example.com/api/v1/connections/oauth/callback");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, Map<String, String> query, String authorization, String ifMatch,
            JsonNode body) {
    }

    private record Scripted(int status, String reason, String message, Optional<String> retryAfter) {
    }

    private record Page(List<ObjectNode> rest, Optional<String> syncToken) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final GoogleTokenEndpoint oauth = new GoogleTokenEndpoint();
    volatile int pageSize = 2;
    volatile int loseNextAnswers;
    private final PeerEventResources resources;
    private final int port;
    private volatile HttpServer server;
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final Map<String, ObjectNode> events = new LinkedHashMap<>();
    private final Map<String, Long> changedAt = new HashMap<>();
    private final Map<String, Page> pages = new HashMap<>();
    private final AtomicInteger etags = new AtomicInteger(3180000);
    private final Map<String, AtomicInteger> inserts = new ConcurrentHashMap<>();
    private long sequence = 1;
    private long oldestSyncToken;

    GoogleCalendarPeer(Supplier<Instant> clock) throws IOException {
        this.resources = new PeerEventResources(clock);
        server = start(0);
        port = server.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The connection's fields, pointing every address at this peer. */
    Map<String, String> fields() {
        return Map.of(GoogleCalendarConnector.CLIENT_ID, CLIENT_ID, GoogleCalendarConnector.CLIENT_SECRET,
                CLIENT_SECRET, GoogleCalendarConnector.BASE_URL, baseUrl(),
                GoogleCalendarConnector.AUTHORIZATION_ENDPOINT, baseUrl() + "/o/oauth2/v2/auth",
                GoogleCalendarConnector.TOKEN_ENDPOINT, baseUrl() + "/token");
    }

    /**
     * Connects the organisation the way an administrator does: the kit's authorize URL, consent here, and the
     * callback with the code; answers the outcome's message when it did not work.
     */
    String authorise(dev.platina.integration.api.ConnectionService service, dev.platina.identity.api.Caller admin) {
        URI authorize = service.authorise(admin, GoogleCalendarConnector.ID, fields(), CALLBACK);
        String code = oauth.consent(authorize);
        var outcome = service.completeAuthorisation(form(authorize.getRawQuery()).get("state"), code, null);
        return outcome.authorised() ? "" : outcome.message();
    }

    void goDown() {
        server.stop(0);
    }

    void comeBack() throws IOException {
        server = start(port);
    }

    synchronized void failNext(int status, String reason, String message, String retryAfter) {
        scripted.add(new Scripted(status, reason, message, Optional.ofNullable(retryAfter)));
    }

    /** Google forgets every sync token issued so far (as it does after a while). */
    synchronized void expireSyncTokens() {
        oldestSyncToken = sequence + 1;
    }

    int inserted(String id) {
        return inserts.getOrDefault(id, new AtomicInteger()).get();
    }

    synchronized Optional<ObjectNode> event(String id) {
        return Optional.ofNullable(events.get(id)).map(ObjectNode::deepCopy);
    }

    synchronized List<ObjectNode> liveEvents() {
        return events.values().stream().filter(e -> !e.path("status").asText().equals("cancelled"))
                .filter(e -> !e.has("recurrence")).map(ObjectNode::deepCopy).toList();
    }

    /** Someone adds an event in Google Calendar. */
    synchronized ObjectNode add(String id, String summary, Instant start, Duration length) {
        return store(resources.created(PeerEventResources.timed(id, summary, start, length)));
    }

    /** Someone adds a recurring event: its master and one occurrence per start. */
    synchronized void addRecurring(String id, String summary, List<Instant> starts, Duration length) {
        store(resources.created(PeerEventResources.recurring(id, summary, starts, length)));
        for (Instant start : starts) {
            store(resources.created(PeerEventResources.occurrence(id, summary, start, length)));
        }
    }

    /** Someone edits an event in Google Calendar. */
    synchronized ObjectNode edit(String id, String field, String value) {
        ObjectNode event = events.get(id).deepCopy();
        event.put(field, value);
        return store(resources.touched(event));
    }

    /** Someone deletes an event in Google Calendar. */
    synchronized void remove(String id) {
        ObjectNode event = events.get(id).deepCopy();
        event.put("status", "cancelled");
        store(resources.touched(event));
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        http.createContext("/token", oauth::handle);
        http.createContext("/calendar/v3/", this::calendar);
        http.start();
        return http;
    }

    private void calendar(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestMethod(), path, query, authorization,
                    exchange.getRequestHeaders().getFirst("If-Match"), body));
            Scripted next;
            synchronized (this) {
                next = scripted.poll();
            }
            if (next != null) {
                next.retryAfter().ifPresent(wait -> exchange.getResponseHeaders().add("Retry-After", wait));
                error(exchange, next.status(), next.reason(), next.message());
                return;
            }
            if (authorization == null || !authorization.startsWith("Bearer ")
                    || !oauth.issued(authorization.substring(7))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
                error(exchange, 401, "authError", "Request had invalid authentication credentials. Expected OAuth 2"
                        + " access token, login cookie or other valid authentication credential.");
                return;
            }
            String[] parts = path.split("/");
            // /calendar/v3/calendars/{calendarId}/events[/{eventId}]
            if (parts.length < 6 || !parts[3].equals("calendars") || !parts[5].equals("events")) {
                error(exchange, 404, "notFound", "Not Found");
                return;
            }
            if (!parts[4].equals(CALENDAR)) {
                error(exchange, 404, "notFound", "Not Found");
                return;
            }
            String method = exchange.getRequestMethod();
            synchronized (this) {
                if (parts.length == 6 && method.equals("GET")) {
                    list(exchange, query);
                } else if (parts.length == 6 && method.equals("POST")) {
                    insert(exchange, body);
                } else if (parts.length == 7) {
                    one(exchange, method, parts[6], exchange.getRequestHeaders().getFirst("If-Match"), body);
                } else {
                    error(exchange, 405, "methodNotAllowed", "Method Not Allowed");
                }
            }
        }
    }

    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        Page page;
        if (query.containsKey("pageToken")) {
            page = pages.remove(query.get("pageToken"));
            if (page == null) {
                error(exchange, 400, "invalid", "Invalid page token value.");
                return;
            }
        } else if (query.containsKey("syncToken")) {
            if (query.keySet().stream().anyMatch(Set.of("timeMin", "timeMax", "updatedMin", "orderBy", "q",
                    "iCalUID")::contains) || "false".equals(query.get("showDeleted"))) {
                error(exchange, 400, "invalid", "Sync token cannot be used with other request restrictions.");
                return;
            }
            long since = syncSequence(query.get("syncToken"));
            if (since < 0) {
                error(exchange, 400, "invalid", "Invalid sync token value.");
                return;
            }
            if (since < oldestSyncToken) {
                error(exchange, 410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.");
                return;
            }
            page = new Page(events.values().stream().filter(e -> changedAt.get(e.path("id").asText()) > since)
                    .filter(e -> shape(e, query)).map(ObjectNode::deepCopy).toList(), Optional.of(syncToken()));
        } else {
            if ("startTime".equals(query.get("orderBy")) && !"true".equals(query.get("singleEvents"))) {
                error(exchange, 400, "invalid", "The requested ordering is not available for the particular query.");
                return;
            }
            Optional<Instant> updatedMin = Optional.ofNullable(query.get("updatedMin")).map(Instant::parse);
            boolean deleted = "true".equals(query.get("showDeleted")) || updatedMin.isPresent();
            var found = new ArrayList<ObjectNode>();
            for (ObjectNode event : events.values()) {
                if (!shape(event, query) || (!deleted && event.path("status").asText().equals("cancelled"))) {
                    continue;
                }
                Instant start = moment(event.path("start"));
                Instant end = moment(event.path("end"));
                if (query.containsKey("timeMin") && !end.isAfter(Instant.parse(query.get("timeMin")))
                        && !event.has("recurrence")) {
                    continue;
                }
                if (query.containsKey("timeMax") && !start.isBefore(Instant.parse(query.get("timeMax")))
                        && !event.has("recurrence")) {
                    continue;
                }
                if (updatedMin.isPresent() && Instant.parse(event.path("updated").asText()).isBefore(
                        updatedMin.get())) {
                    continue;
                }
                found.add(event.deepCopy());
            }
            if ("startTime".equals(query.get("orderBy"))) {
                found.sort(Comparator.comparing(e -> moment(e.path("start"))));
            }
            page = new Page(found, updatedMin.isPresent() ? Optional.empty() : Optional.of(syncToken()));
        }
        int size = Math.min(pageSize, Integer.parseInt(query.getOrDefault("maxResults", "250")));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("kind", "calendar#events");
        answer.put("etag", "\"p33c9aa1lk1ugg0o\"");
        answer.put("summary", "Team calendar");
        answer.put("updated", resources.now());
        answer.put("timeZone", ZONE);
        answer.put("accessRole", "owner");
        answer.putArray("defaultReminders");
        ArrayNode items = answer.putArray("items");
        page.rest().stream().limit(size).forEach(items::add);
        if (page.rest().size() > size) {
            String token = "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA" + pages.size() + "x" + sequence;
            pages.put(token, new Page(page.rest().subList(size, page.rest().size()), page.syncToken()));
            answer.put("nextPageToken", token);
        } else {
            page.syncToken().ifPresent(token -> answer.put("nextSyncToken", token));
        }
        send(exchange, 200, answer);
    }

    /** singleEvents=true lists occurrences instead of recurring masters. */
    private static boolean shape(ObjectNode event, Map<String, String> query) {
        boolean single = "true".equals(query.get("singleEvents"));
        return single ? !event.has("recurrence") : !event.has("recurringEventId");
    }

    private void insert(HttpExchange exchange, JsonNode body) throws IOException {
        if (body == null || !body.path("start").isObject() || !body.path("end").isObject()) {
            error(exchange, 400, "required", "Missing end time.");
            return;
        }
        String id = body.path("id").asText("");
        if (id.isEmpty()) {
            id = "peer" + etags.incrementAndGet();
        } else if (!id.matches("[a-v0-9]{5,1024}")) {
            error(exchange, 400, "invalid", "Invalid resource id value.");
            return;
        }
        if (events.containsKey(id)) {
            error(exchange, 409, "duplicate", "The requested identifier already exists.");
            return;
        }
        inserts.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        ObjectNode event = body.deepCopy();
        event.put("id", id);
        for (JsonNode attendee : event.path("attendees")) {
            ((ObjectNode) attendee).put("responseStatus", "needsAction");
        }
        answer(exchange, 200, store(resources.created(event)));
    }

    private void one(HttpExchange exchange, String method, String id, String ifMatch, JsonNode body)
            throws IOException {
        ObjectNode event = events.get(id);
        if (event == null) {
            error(exchange, 404, "notFound", "Not Found");
            return;
        }
        if (method.equals("GET")) {
            answer(exchange, 200, event);
            return;
        }
        if (event.path("status").asText().equals("cancelled")) {
            error(exchange, 410, "deleted", "Resource has been deleted");
            return;
        }
        if (ifMatch != null && !ifMatch.equals(event.path("etag").asText())) {
            error(exchange, 412, "conditionNotMet", "Precondition Failed");
            return;
        }
        if (method.equals("PATCH")) {
            ObjectNode changed = event.deepCopy();
            body.properties().forEach(field -> changed.set(field.getKey(), field.getValue()));
            answer(exchange, 200, store(resources.touched(changed)));
        } else if (method.equals("DELETE")) {
            ObjectNode cancelled = event.deepCopy();
            cancelled.put("status", "cancelled");
            store(resources.touched(cancelled));
            if (loseNextAnswers > 0) {
                loseNextAnswers--;
                return;
            }
            exchange.sendResponseHeaders(204, -1);
        } else {
            error(exchange, 405, "methodNotAllowed", "Method Not Allowed");
        }
    }

    private ObjectNode store(ObjectNode event) {
        event.put("etag", "\"" + etags.incrementAndGet() + "000\"");
        String id = event.path("id").asText();
        events.put(id, event);
        changedAt.put(id, ++sequence);
        return event.deepCopy();
    }

    private static Instant moment(JsonNode time) {
        return CalendarEvent.moment(time, java.time.ZoneId.of(ZONE)).orElse(Instant.EPOCH);
    }

    private String syncToken() {
        return Base64.getEncoder().encodeToString(("sync:" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    private static long syncSequence(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            return text.startsWith("sync:") ? Long.parseLong(text.substring(5)) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (loseNextAnswers > 0) {
            // The call happened; the answer is lost on the way (the connection drops).
            loseNextAnswers--;
            return;
        }
        send(exchange, status, body);
    }

    private static void error(HttpExchange exchange, int status, String reason, String message) throws IOException {
        send(exchange, status, Map.of("error", Map.of("code", status, "message", message, "errors", List.of(Map.of(
                "domain", status == 429 || reason.endsWith("RateLimitExceeded") || reason.equals("rateLimitExceeded")
                        ? "usageLimits" : "global", "reason", reason, "message", message)))));
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static Map<String, String> form(String body) {
        var values = new LinkedHashMap<String, String>();
        if (body == null || body.isEmpty()) {
            return values;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
