package dev.platina.ai.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.providers.internal.OpenAiCompatibleProvider;
import dev.platina.ai.trust.internal.PlaceholderPiiMasker;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway with everything real: PostgreSQL with row-level security, the AES-GCM cipher, the masker, the
 * OpenAI-compatible provider, and a local server answering in the Chat Completions format.
 */
@ExtendWith(DatabaseExtension.class)
class AiGatewayTest {

    private static final String KEY = "sk-test-4f9a2c71";

    private final PlatformTestDatabase database;
    private final List<String> received = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private HttpServer peer;
    private TenantAiSettings settings;
    private DefaultAiSettingsService settingsService;
    private DefaultAiGateway gateway;
    private TenantId tenant;
    private Caller admin;
    private String answer = "I will refund [EMAIL_1] today.";

    AiGatewayTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        peer.createContext("/v1/chat/completions", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = ("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"gpt-test\",\"choices\":"
                    + "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + answer + "\"},"
                    + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":15,"
                    + "\"total_tokens\":35}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        peer.start();
        var audit = new JdbcAuditLog(database.transactions());
        settings = new TenantAiSettings(database.transactions(), new AesGcmSecretCipher(data));
        var connections = new ConnectionCache();
        connections.addProvider(new OpenAiCompatibleProvider());
        settingsService = new DefaultAiSettingsService(settings, audit, connections);
        gateway = new DefaultAiGateway(settings, connections, new PlaceholderPiiMasker(), audit);
        tenant = database.newTenant();
        admin = new Caller(tenant, UUID.randomUUID(), "admin", Set.of("Admin"), Permission.all(), Caller.Kind.USER,
                "test");
    }

    @AfterEach
    void stop() {
        peer.stop(0);
    }

    @Test
    void personalDataIsMaskedOnTheWayOutAndPutBackInTheAnswer() throws Exception {
        useLocalProvider(0);

        ChatResponse reply = gateway.chat(admin, "draft", request(
                "Please refund jane.doe@example.com to IBAN DE89 3704 0044 0532 0130 00."));

        assertThat(reply.text()).isEqualTo("I will refund jane.doe@example.com today.");
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains("[EMAIL_1]", "[IBAN_1]").doesNotContain("jane.doe", "3704");
        assertThat(authorizations).containsExactly("Bearer " + KEY);
        List<String> details = auditDetails("ai.chat");
        assertThat(String.join(" ", details)).contains("prompt=Please refund [EMAIL_1]", "masked=true",
                "answer=I will refund [EMAIL_1] today.", "inputTokens=20").doesNotContain("jane.doe");
        assertThat(settingsService.usage(admin).totalTokens()).isEqualTo(35);
    }

    @Test
    void theKeyIsSealedAndNeverReadBack() throws Exception {
        useLocalProvider(0);

        assertThat(settingsService.get(admin).keySet()).isTrue();
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT api_key FROM platina.ai_settings WHERE tenant_id = ?")) {
            query.setObject(1, tenant.value());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(KEY);
            }
        }
        assertThat(String.join(" ", auditDetails("ai.settings.update"))).contains("key=replaced")
                .doesNotContain(KEY);

        settingsService.update(admin, change(0, Optional.empty()));
        gateway.chat(admin, "draft", request("Hello"));
        assertThat(authorizations).containsExactly("Bearer " + KEY);

        settingsService.update(admin, change(0, Optional.of("")));
        assertThat(settingsService.get(admin).keySet()).isFalse();
    }

    @Test
    void aSpentBudgetIsRefusedWithTheLimitNamedAndNothingLeaves() throws Exception {
        useLocalProvider(30);

        gateway.chat(admin, "classify", request("First"));
        assertThatThrownBy(() -> gateway.chat(admin, "classify", request("Second")))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo("aiTokensPerMonth");
                    assertThat(e.value()).isEqualTo(30);
                    assertThat(e.retryAfter()).isPresent();
                    assertThat(e.getMessage()).contains("used 35 of its 30 AI tokens", "administrator can raise it");
                });

        assertThat(received).hasSize(1);
        assertThat(String.join(" ", auditDetails("ai.chat"))).contains("limit=aiTokensPerMonth");
    }

    @Test
    void anotherOrganisationKeepsTheOfflineDefaultAndItsOwnUse() throws Exception {
        useLocalProvider(0);
        gateway.chat(admin, "draft", request("Hello"));
        TenantId other = database.newTenant();
        Caller stranger = new Caller(other, UUID.randomUUID(), "admin", Set.of("Admin"), Permission.all(),
                Caller.Kind.USER, "test");

        assertThat(settingsService.get(stranger).provider()).isEqualTo("offline");
        assertThat(settingsService.usage(stranger).calls()).isZero();
        assertThatThrownBy(() -> gateway.chat(stranger, "draft", request("Hello")))
                .isInstanceOfSatisfying(LanguageModelException.class, e -> assertThat(e.getMessage())
                        .contains("offline AI engine is not installed"));
        assertThat(received).hasSize(1);
    }

    @Test
    void wrongSettingsAreRefusedFieldByField() {
        assertThatThrownBy(() -> settingsService.update(admin, new AiSettingsChange("openai", "ftp://x", "", Optional
                .empty(), 0, 99, Map.of(), -1))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("provider", "timeoutSeconds", "maxRetries",
                                "monthlyTokenBudget"));
        assertThatThrownBy(() -> settingsService.update(admin, new AiSettingsChange("anthropic", "not a url", "",
                Optional.empty(), 30, 2, Map.of(), 0))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("baseUrl", "model"));
        Caller manager = new Caller(tenant, UUID.randomUUID(), "manager", Set.of("Manager"), Set.of(
                Permission.WORKFLOWS_READ, Permission.WORKFLOWS_RUN), Caller.Kind.USER, "test");
        assertThatThrownBy(() -> settingsService.update(manager, change(0, Optional.of(KEY))))
                .hasMessageContaining("settings:write");
    }

    private void useLocalProvider(long budget) {
        settingsService.update(admin, change(budget, Optional.of(KEY)));
    }

    private AiSettingsChange change(long budget, Optional<String> key) {
        return new AiSettingsChange("openai-compatible", "http://127.0.0.1:" + peer.getAddress().getPort() + "/v1",
                "gpt-test", key, 10, 0, Map.of(), budget);
    }

    private static ChatRequest request(String text) {
        return new ChatRequest("", "You help a finance team.", List.of(ChatMessage.user(text)), List.of(), 200, 0.2);
    }

    private List<String> auditDetails(String action) throws Exception {
        List<String> all = new ArrayList<>();
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT details FROM platina.audit_event WHERE tenant_id = ? AND action = ? ORDER BY seq")) {
            query.setObject(1, tenant.value());
            query.setString(2, action);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    // Stored as key, value, key, value...
                    String[] flat = (String[]) rows.getArray(1).getArray();
                    for (int i = 0; i + 1 < flat.length; i += 2) {
                        all.add(flat[i] + "=" + flat[i + 1]);
                    }
                }
            }
        }
        return all;
    }
}
