package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Salesforce org on the JDK's HTTP server, speaking the documented shapes: the OAuth 2.0 token endpoint (web
 * server flow and refresh, form bodies, {@code {"error","error_description"}}), the user info endpoint, and the REST
 * API under {@code /services/data/v60.0}: bearer sessions ({@code 401 [{"errorCode":"INVALID_SESSION_ID"}]} once a
 * session has ended), {@code sobjects} create (201 {@code {"id","success","errors"}}), update (204), upsert by
 * external id (201 or 200 with {@code created}), read by id with {@code ?fields=}, and SOQL queries answered page
 * by page with {@code nextRecordsUrl}. It reads the {@code FROM}, the {@code SystemModstamp >=} bound, the
 * {@code ORDER BY} and {@code LIMIT} of the queries it is sent. Errors are JSON arrays of
 * {@code {"message","errorCode","fields"}}. Scripted failures are answered first.
 */
final class SalesforcePeer implements AutoCloseable {
    static final String CLIENT_ID = "3MVG9_test_consumer_key";
    static final String CLIENT_SECRET = "E1A2B3C4D5_test_secret";
    static final String CODE = "aPrxtestcode";
    static final String INTEGRATION_USER = "005000000000001AAA";
    static final String SALES_REP = "005000000000002AAA";
    static final String ORG = "00D000000000001EAA";
    static final int PAGE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String query, String authorization, String body) {
    }

    private record Scripted(int status, String body, Map<String, String> headers) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final List<String> soql = new CopyOnWriteArrayList<>();
    final AtomicInteger refreshes = new AtomicInteger();
    volatile int loseNextAnswers;
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final Map<String, Map<String, ObjectNode>> records = new ConcurrentHashMap<>();
    private final Set<String> liveTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final PeerQueries queries = new PeerQueries(this::records, ids, soql);
    private final int port;
    private volatile HttpServer server;

    SalesforcePeer() throws IOException {
        server = start(0);
        port = server.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void goDown() {
        server.stop(0);
    }

    void comeBack() throws IOException {
        server = start(port);
    }

    /** Ends every session, as a session timeout or a revocation in Setup does. */
    void endSessions() {
        liveTokens.clear();
    }

    synchronized void failNext(int status, String body, Map<String, String> headers) {
        scripted.add(new Scripted(status, body, headers));
    }

    static String errors(String code, String message) {
        return "[{\"message\":\"" + message + "\",\"errorCode\":\"" + code + "\",\"fields\":[]}]";
    }

    Map<String, ObjectNode> records(String object) {
        return records.computeIfAbsent(object, o -> new ConcurrentHashMap<>());
    }

    long writes(String method) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().contains("/sobjects/")).count();
    }

    /** A record changed in Salesforce itself (by a person), as polling should see it. */
    ObjectNode saveAsUser(String object, String id, Instant created, Instant modified, Map<String, Object> fields) {
        ObjectNode record = JSON.createObjectNode();
        record.put("Id", id);
        fields.forEach((name, value) -> record.set(name, JSON.valueToTree(value)));
        record.put("CreatedDate", SalesforceTime.answer(created));
        record.put("LastModifiedDate", SalesforceTime.answer(modified));
        record.put("SystemModstamp", SalesforceTime.answer(modified));
        record.put("LastModifiedById", SALES_REP);
        record.put("OwnerId", SALES_REP);
        records(object).put(id, record);
        return record;
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        http.createContext("/", this::handle);
        http.start();
        return http;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestMethod(), path, query, authorization, body));
            Scripted next;
            synchronized (this) {
                next = path.startsWith("/services/data/") ? scripted.poll() : null;
            }
            if (next != null) {
                next.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                answer(exchange, next.status(), next.body());
                return;
            }
            if (path.equals("/services/oauth2/token")) {
                token(exchange, form(body));
                return;
            }
            String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
            if (!liveTokens.contains(token)) {
                answer(exchange, 401, errors("INVALID_SESSION_ID", "Session expired or invalid"));
                return;
            }
            int status;
            String answer;
            synchronized (this) {
                String[] result = route(exchange.getRequestMethod(), path, query, body);
                status = Integer.parseInt(result[0]);
                answer = result[1];
            }
            if (loseNextAnswers > 0 && path.contains("/sobjects/")) {
                loseNextAnswers--;
                return;
            }
            answer(exchange, status, answer);
        }
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            answer(exchange, 400, "{\"error\":\"invalid_client_id\",\"error_description\":\"client identifier"
                    + " invalid\"}");
            return;
        }
        boolean code = "authorization_code".equals(form.get("grant_type")) && CODE.equals(form.get("code"))
                && form.get("code_verifier") != null;
        boolean refresh = "refresh_token".equals(form.get("grant_type"))
                && "5Aep_refresh_token".equals(form.get("refresh_token"));
        if (!code && !refresh) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh"
                    + " token\"}");
            return;
        }
        if (refresh) {
            refreshes.incrementAndGet();
        }
        String access = ORG.substring(0, 15) + "!AQ" + ids.incrementAndGet() + "_session";
        liveTokens.add(access);
        ObjectNode grant = JSON.createObjectNode();
        grant.put("access_token", access);
        if (code) {
            grant.put("refresh_token", "5Aep_refresh_token");
        }
        grant.put("signature", "c2lnbmF0dXJl");
        grant.put("scope", "refresh_token api");
        grant.put("instance_url", baseUrl());
        grant.put("id", "https://login.salesforce.com/id/" + ORG + "/" + INTEGRATION_USER);
        grant.put("token_type", "Bearer");
        grant.put("issued_at", Long.toString(System.currentTimeMillis()));
        answer(exchange, 200, grant.toString());
    }

    private String[] route(String method, String path, String query, String body) throws IOException {
        if (path.equals("/services/oauth2/userinfo")) {
            return ok(200, "{\"sub\":\"https://login.salesforce.com/id/" + ORG + "/" + INTEGRATION_USER + "\","
                    + "\"user_id\":\"" + INTEGRATION_USER + "\",\"organization_id\":\"" + ORG + "\","
                    + "\"preferred_username\":\"platina@acme.example\",\"name\":\"Platina Integration\"}");
        }
        if (path.equals("/services/data/v60.0/")) {
            return ok(200, "{\"sobjects\":\"/services/data/v60.0/sobjects\",\"query\":\"/services/data/v60.0/"
                    + "query\"}");
        }
        if (!path.startsWith("/services/data/v60.0/")) {
            return ok(404, errors("NOT_FOUND", "The requested resource does not exist"));
        }
        String rest = path.substring("/services/data/v60.0/".length());
        if (rest.equals("query") && method.equals("GET")) {
            return queries.query(parameters(query).get("q"));
        }
        if (rest.startsWith("query/") && method.equals("GET")) {
            return queries.page(rest.substring("query/".length()));
        }
        String[] parts = rest.split("/");
        if (parts.length < 2 || !parts[0].equals("sobjects")) {
            return ok(404, errors("NOT_FOUND", "The requested resource does not exist"));
        }
        String object = parts[1];
        JsonNode sent = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        if (parts.length == 2 && method.equals("POST")) {
            return create(object, (ObjectNode) sent, null, null);
        }
        if (parts.length == 3 && method.equals("PATCH")) {
            ObjectNode record = records(object).get(parts[2]);
            if (record == null) {
                return ok(404, errors("NOT_FOUND", "The requested resource does not exist"));
            }
            change(record, (ObjectNode) sent);
            return ok(204, "");
        }
        if (parts.length == 3 && method.equals("GET")) {
            ObjectNode record = records(object).get(parts[2]);
            return record == null ? ok(404, errors("NOT_FOUND", "The requested resource does not exist"))
                    : ok(200, queries.select(record, object, fieldsOf(query)).toString());
        }
        if (parts.length == 4 && method.equals("PATCH")) {
            String field = parts[2];
            String value = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
            for (ObjectNode record : records(object).values()) {
                if (value.equals(record.path(field).asText())) {
                    change(record, (ObjectNode) sent);
                    return ok(200, "{\"id\":\"" + record.get("Id").asText() + "\",\"success\":true,\"errors\":[],"
                            + "\"created\":false}");
                }
            }
            String[] created = create(object, (ObjectNode) sent, field, value);
            return created[0].equals("201") ? ok(201, created[1].replace("}", ",\"created\":true}")) : created;
        }
        return ok(405, errors("METHOD_NOT_ALLOWED", "HTTP Method '" + method + "' not allowed"));
    }

    private String[] create(String object, ObjectNode sent, String externalField, String externalValue) {
        List<String> missing = new ArrayList<>();
        for (String required : switch (object) {
            case "Lead" -> List.of("LastName", "Company");
            case "Contact" -> List.of("LastName");
            case "Task" -> List.<String>of();
            default -> List.<String>of();
        }) {
            if (sent.path(required).asText("").isBlank()) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            return ok(400, "[{\"message\":\"Required fields are missing: " + missing + "\",\"errorCode\":"
                    + "\"REQUIRED_FIELD_MISSING\",\"fields\":" + quoted(missing) + "}]");
        }
        String prefix = switch (object) {
            case "Lead" -> "00Q";
            case "Contact" -> "003";
            default -> "00T";
        };
        String id = prefix + String.format("%012d", ids.incrementAndGet()) + "AAA";
        ObjectNode record = sent.deepCopy();
        record.put("Id", id);
        if (externalField != null) {
            record.put(externalField, externalValue);
        }
        String now = SalesforceTime.answer(Instant.now());
        record.put("CreatedDate", now);
        record.put("LastModifiedDate", now);
        record.put("SystemModstamp", now);
        record.put("LastModifiedById", INTEGRATION_USER);
        record.put("OwnerId", INTEGRATION_USER);
        records(object).put(id, record);
        return ok(201, "{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
    }

    private static void change(ObjectNode record, ObjectNode sent) {
        record.setAll(sent);
        String now = SalesforceTime.answer(Instant.now());
        record.put("LastModifiedDate", now);
        record.put("SystemModstamp", now);
        record.put("LastModifiedById", INTEGRATION_USER);
    }

    private static List<String> fieldsOf(String query) {
        String fields = parameters(query).get("fields");
        return fields == null ? List.of("Id") : List.of(fields.split(","));
    }

    private static Map<String, String> parameters(String query) {
        var values = new LinkedHashMap<String, String>();
        if (query == null) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static Map<String, String> form(String body) {
        return parameters(body);
    }

    private static String quoted(List<String> names) {
        return "[" + String.join(",", names.stream().map(n -> "\"" + n + "\"").toList()) + "]";
    }

    static String[] ok(int status, String body) {
        return new String[] {Integer.toString(status), body};
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 204) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
