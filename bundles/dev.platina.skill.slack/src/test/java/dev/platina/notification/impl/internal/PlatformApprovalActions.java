package dev.platina.notification.impl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.notification.api.Notification;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The notification module's real one-tap decisions ({@link ApprovalActions} with its signed {@link ActionTokens})
 * behind {@code POST /api/v1/approval-actions/{id}} on a loopback HTTP server, answering as the platform's REST
 * resource and problem mappers do, for the Slack skill's tests. It lives in the module's package because the
 * tokens are internal to it.
 */
public final class PlatformApprovalActions implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApprovalActions actions;
    private final HttpServer server;

    public PlatformApprovalActions(AuthenticationService identity, ApprovalService approvals) throws IOException {
        // No notification service: the decision's wording then uses UTC, as it does when preferences cannot be read.
        this.actions = new ApprovalActions(new ActionTokens("a test installation key, 32 bytes".getBytes(
                StandardCharsets.UTF_8)), identity, approvals, null);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(ApprovalActions.PATH, this::act);
        server.start();
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The approval notice the platform sends this person, with their own Approve and Reject buttons. */
    public Notification notice(TenantId organization, Approval approval, UUID userId) {
        return new Notification("approval.pending", "Approval needed: " + approval.title(), "A proposal waits",
                Optional.of("/approvals?task=" + approval.id()), actions.buttons(organization, approval.id(),
                        userId));
    }

    private void act(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring(ApprovalActions.PATH.length());
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        try {
            Approval approval = actions.act(UUID.fromString(id), body.path("token").asText(null),
                    Optional.ofNullable(body.path("comment").asText(null)));
            var result = new LinkedHashMap<String, Object>();
            result.put("id", approval.id().toString());
            result.put("state", approval.state().name());
            result.put("message", approval.state() == Approval.State.PENDING ? "Your approval is recorded"
                    : approval.state() == Approval.State.APPROVED ? "Approved" : "Rejected");
            answer(exchange, 200, result);
        } catch (AuthenticationFailedException e) {
            answer(exchange, 401, problem("unauthenticated", 401, e.getMessage()));
        } catch (AccessDeniedException e) {
            answer(exchange, 403, problem("forbidden", 403, e.getMessage()));
        } catch (ConflictException e) {
            answer(exchange, 409, problem("conflict", 409, e.getMessage()));
        }
    }

    private static Map<String, Object> problem(String kind, int status, String detail) {
        return Map.of("type", "https://platina.dev/problems/" + kind, "title", kind, "status", status, "detail",
                detail);
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json"
                : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
