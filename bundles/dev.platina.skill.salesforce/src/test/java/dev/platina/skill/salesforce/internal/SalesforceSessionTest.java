package dev.platina.skill.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.integration.api.VendorHttp;
import dev.platina.persistence.api.TenantId;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the skill does when Salesforce ends a session ({@code 401 INVALID_SESSION_ID}): it asks its connection for
 * the token once more and retries once with a new one. The kit cannot produce a new token here (Salesforce's token
 * answer has no {@code expires_in}, so the kit never sees the token expire); this connection refreshes at the peer's
 * token endpoint whenever it is asked again, as a kit with on-demand refresh would.
 */
class SalesforceSessionTest {
    private SalesforcePeer salesforce;

    @BeforeEach
    void start() throws IOException {
        salesforce = new SalesforcePeer();
    }

    @AfterEach
    void stop() {
        salesforce.close();
    }

    @Test
    void anEndedSessionIsRefreshedAtTheTokenEndpointAndTheWriteRetriedOnce() throws Exception {
        var connection = new RefreshingConnection(salesforce, grant("authorization_code"));
        salesforce.endSessions();

        CallResult result = new SalesforceWrites(SalesforceApi.of(connection), connection).create(
                SalesforceObject.TASK, Map.of("Subject", "Call back"), "run-1:task");

        assertThat(result.kind()).isEqualTo(CallResult.Kind.DONE);
        assertThat(salesforce.refreshes.get()).isEqualTo(1);
        assertThat(salesforce.records("Task")).hasSize(1);
        assertThat(salesforce.requests).filteredOn(r -> r.path().endsWith("/sobjects/Task/"))
                .extracting(SalesforcePeer.Request::authorization).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aSessionThatStaysEndedIsACredentialsFailureWithoutATokenInTheWords() throws Exception {
        var connection = new RefreshingConnection(salesforce, grant("authorization_code"));
        connection.refreshing = false;
        salesforce.endSessions();

        CallResult result = new SalesforceWrites(SalesforceApi.of(connection), connection).create(
                SalesforceObject.TASK, Map.of("Subject", "Call back"), "run-1:task");

        assertThat(result.kind()).isEqualTo(CallResult.Kind.CREDENTIALS_REFUSED);
        assertThat(result.message()).contains("INVALID_SESSION_ID").doesNotContain("!AQ");
        assertThat(salesforce.records("Task")).isEmpty();
    }

    private String grant(String type) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", type);
        form.put("code", SalesforcePeer.CODE);
        form.put("code_verifier", "verifier");
        form.put("refresh_token", "5Aep_refresh_token");
        form.put("client_id", SalesforcePeer.CLIENT_ID);
        form.put("client_secret", SalesforcePeer.CLIENT_SECRET);
        VendorAnswer answer = VendorHttp.at(salesforce.baseUrl(), Map.of()).form("/services/oauth2/token", form,
                Map.of());
        assertThat(answer.status()).isEqualTo(200);
        return SalesforceJson.read(answer.body()).path("access_token").asText();
    }

    private final class RefreshingConnection implements Connection {
        private final SalesforcePeer peer;
        private final UUID id = UUID.randomUUID();
        private final AtomicInteger asked = new AtomicInteger();
        private String token;
        boolean refreshing = true;

        RefreshingConnection(SalesforcePeer peer, String token) {
            this.peer = peer;
            this.token = token;
        }

        @Override
        public TenantId organization() {
            return new TenantId(UUID.nameUUIDFromBytes(id.toString().getBytes()));
        }

        @Override
        public String connectorId() {
            return SalesforceConnector.ID;
        }

        @Override
        public UUID id() {
            return id;
        }

        @Override
        public Map<String, String> settings() {
            return Map.of(SalesforceConnector.INSTANCE_URL, peer.baseUrl(), SalesforceConnector.CLIENT_ID,
                    SalesforcePeer.CLIENT_ID);
        }

        @Override
        public Optional<String> secret(String name) {
            return Optional.empty();
        }

        @Override
        public String accessToken() throws IOException {
            if (asked.getAndIncrement() > 0 && refreshing) {
                try {
                    token = grant("refresh_token");
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            return token;
        }

        @Override
        public void healthy() {
        }

        @Override
        public void failed(String plainWords) {
        }

        @Override
        public void auditRefusal(String what, String reason, Map<String, String> details) {
            throw new UnsupportedOperationException("This stand-in keeps no audit trail");
        }
    }
}
