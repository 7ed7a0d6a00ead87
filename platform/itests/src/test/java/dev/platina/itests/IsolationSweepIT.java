package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads /api/openapi.json and, for every operation that takes an id (in the path or the query), tries it as
 * every role of another organisation with an object of the victim organisation. Any 2xx on a path id, or a
 * successful answer that contains a victim id, fails the build. New endpoints are covered without touching this test; an endpoint whose
 * kind of id it cannot supply a victim for fails it too, so nobody forgets to extend it.
 */
@ExtendWith(RunningPlatform.Extension.class)
class IsolationSweepIT {

    private static final Pattern PATH_ID = Pattern.compile("^/api/v1/(.+?)/\\{[A-Za-z]+}(.*)$");
    private static final List<String> ROLES = List.of("Admin", "Manager", "User", "Viewer");

    private final RunningPlatform platform;
    private final Api api;

    IsolationSweepIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void noOperationLetsAnotherOrganisationReachAVictimsObjects() {
        var victim = platform.newTenant("victim");
        var attacker = platform.newTenant("attacker");
        String victimWorkflow = api.post("/v1/workflows", victim.token("Manager"), WorkflowApiIT.definition(
                "Victim's flow", "Victim's note")).text("id");
        String victimApproval = openApproval(victim);
        Map<String, String> victimIds = Map.ofEntries(
                Map.entry("users", victim.userIds.get("User")),
                Map.entry("organizations", victim.id),
                Map.entry("roles", api.post("/v1/roles", victim.token("Admin"), Map.of("name", "Secret role",
                        "permissions", List.of("audit:read"))).text("id")),
                Map.entry("sessions", api.get("/v1/sessions", victim.token("Admin")).body().path("items").get(0)
                        .path("id").asText()),
                Map.entry("auth/tokens", api.post("/v1/auth/tokens", victim.token("Admin"), Map.of("name",
                        "victim script", "permissions", List.of("audit:read"))).body().path("token").path("id")
                        .asText()),
                // The operator's objects: an installation (of a package that is refused, so nothing changes) and a
                // skill no organisation has enabled.
                Map.entry("marketplace/installations", api.post("/v1/marketplace/installations",
                        platform.operatorToken(), Map.of("skillId", "tampered", "version", "1.0.0")).text("id")),
                Map.entry("marketplace/skills", "tampered"),
                Map.entry("workflows", victimWorkflow),
                // An outside MCP server that is not running: it is stored all the same, its health says why.
                Map.entry("ai/mcp-servers", api.post("/v1/ai/mcp-servers", victim.token("Admin"), Map.of("name",
                        "victim-tools", "url", "http://127.0.0.1:9/mcp")).text("id")),
                Map.entry("runs", api.post("/v1/workflows/" + victimWorkflow + "/runs", victim.token("User"),
                        Map.of()).text("id")),
                Map.entry("approvals", victimApproval),
                // A notification button's action without its signed token (400/401 whoever calls).
                Map.entry("approval-actions", victimApproval),
                // Unsigned calls to the victim's webhook (401 whoever calls; it needs no bearer token).
                Map.entry("hooks", victimWorkflow),
                Map.entry("me/push-subscriptions", subscribePhone(victim)));
        JsonNode paths = api.get("/openapi.json", null).body().path("paths");
        assertThat(paths.size()).isGreaterThan(5);

        var breaches = new ArrayList<String>();
        var unknown = new ArrayList<String>();
        int probes = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            Matcher matcher = PATH_ID.matcher(path.getKey());
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                JsonNode operation = path.getValue().path(method.toLowerCase());
                if (matcher.matches() && (path.getKey().startsWith("/api/v1/connections/{connector}")
                        || path.getKey().equals("/api/v1/hooks/{connector}/{connectionId}"))) {
                    // A connector's name is no object of an organisation: every organisation reaches only its own
                    // connection under it (StripeIT checks that another organisation cannot see or remove it). A
                    // connector's webhook takes no bearer token; forgeries and unknown connections answer 401
                    // (StripeIT, and the kit's and Stripe skill's tests).
                    continue;
                }
                if (matcher.matches()) {
                    String id = victimIds.get(matcher.group(1));
                    if (id == null) {
                        unknown.add(method + " " + path.getKey());
                        continue;
                    }
                    String url = "/v1/" + matcher.group(1) + "/" + id + matcher.group(2);
                    for (String role : ROLES) {
                        probes++;
                        Api.Reply reply = api.send(method, url, attacker.token(role),
                                method.equals("GET") || method.equals("DELETE") ? null : "{}", null);
                        if (reply.status() < 300) {
                            breaches.add(method + " " + url + " as attacker " + role + ": " + reply);
                        }
                    }
                } else if (method.equals("GET")) {
                    for (JsonNode parameter : operation.path("parameters")) {
                        String name = parameter.path("name").asText();
                        if (!parameter.path("in").asText().equals("query") || !name.matches("actor|target|.*[iI]d")) {
                            continue;
                        }
                        for (String role : ROLES) {
                            for (String id : victimIds.values()) {
                                probes++;
                                String url = path.getKey().substring("/api".length()) + "?" + name + "=" + id;
                                Api.Reply reply = api.get(url, attacker.token(role));
                                if (reply.status() < 300 && reply.raw().body().contains(id)) {
                                    breaches.add("GET " + url + " as attacker " + role + ": " + reply);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(unknown).as("operations with an id of a kind this sweep has no victim object for").isEmpty();
        assertThat(breaches).as("cross-organisation answers").isEmpty();
        assertThat(probes).isGreaterThan(40);
        // The victim's objects are all still there and unchanged.
        assertThat(api.get("/v1/users/" + victimIds.get("users"), victim.token("Admin")).status()).isEqualTo(200);
        assertThat(api.get("/v1/roles/" + victimIds.get("roles"), victim.token("Admin")).status()).isEqualTo(200);
        assertThat(api.get("/v1/sessions", victim.token("Admin")).raw().body()).contains(victimIds.get("sessions"));
        assertThat(api.get("/v1/auth/tokens", victim.token("Admin")).raw().body())
                .contains(victimIds.get("auth/tokens"));
        Api.Reply workflow = api.get("/v1/workflows/" + victimIds.get("workflows"), victim.token("User"));
        assertThat(workflow.status()).isEqualTo(200);
        assertThat(workflow.body().path("version").asInt()).as("nobody saved a new version").isEqualTo(1);
        assertThat(api.get("/v1/approvals/" + victimApproval, victim.token("User")).body().path("state").asText())
                .as("nobody decided the victim's approval").isEqualTo("PENDING");
    }

    /** A phone of the victim's User subscribed to push (to a service that is never called); returns its id. */
    private String subscribePhone(RunningPlatform.Tenant victim) {
        try {
            var phone = new dev.platina.notification.webpush.internal.BrowserSubscription();
            Api.Reply created = api.post("/v1/me/push-subscriptions", victim.token("User"), Map.of("endpoint",
                    "https://push.example.com/send/" + java.util.UUID.randomUUID(), "keys", Map.of("p256dh",
                            phone.p256dh(), "auth", phone.authSecret())));
            if (created.status() != 201) {
                throw new AssertionError("The victim's phone could not subscribe: " + created);
            }
            return created.text("id");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A run of the victim's waiting at an approval; returns the approval's id. */
    private String openApproval(RunningPlatform.Tenant victim) {
        String workflow = api.post("/v1/workflows", victim.token("Manager"), Map.of("name", "Victim's approval",
                "start", "ask", "nodes", List.of(Map.of("id", "ask", "type", "approval", "title", "Secret?",
                        "next", "done", "onReject", "done"), Map.of("id", "done", "type", "end")))).text("id");
        api.post("/v1/workflows/" + workflow + "/runs", victim.token("User"), Map.of());
        for (int i = 0; i < 200; i++) {
            JsonNode items = api.get("/v1/approvals", victim.token("User")).body().path("items");
            if (items.size() > 0) {
                return items.get(0).path("id").asText();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("The victim's run never reached its approval");
    }
}
