package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.WebhookReceipt;
import dev.platina.workflow.api.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class WebhookTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String BODY = "{\"order\": {\"id\": \"A-17\", \"total\": 42}}";

    private final PlatformTestDatabase database;
    private EngineFixture fixture;
    private UUID workflow;
    private String secret;

    WebhookTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        fixture = new EngineFixture(database, "node-" + UUID.randomUUID());
        workflow = fixture.save("""
                {"name": "Orders", "trigger": {"type": "webhook"}, "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "data.set", "input": {"order": "=trigger.body.order.id",
                   "input": "=input.order.total", "delivery": "=trigger.deliveryId",
                   "agent": "=trigger.headers['user-agent']", "signed": "='x-platina-signature' in trigger.headers",
                   "typed": "='content-type' in trigger.headers"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        secret = fixture.webhooks.rotateSecret(fixture.manager, workflow);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aCorrectlySignedCallStartsARunThatReadsTheBody() throws Exception {
        WebhookReceipt receipt = fixture.webhooks.receive(workflow, signed(secret, now(), "d-1", BODY));

        assertThat(receipt.repeated()).isFalse();
        Run run = fixture.awaitEnd(receipt.runId(), PATIENCE);
        assertThat(run.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(run.tasks().get(0).output()).contains(Map.of("order", "A-17", "input", 42, "delivery", "d-1",
                "agent", "shop/1.0", "signed", false, "typed", true));
    }

    @Test
    void aForgedCallIsRefusedExactlyLikeACallOfAnUnknownWorkflow() {
        String forger = "0".repeat(64);

        assertThatThrownBy(() -> fixture.webhooks.receive(workflow, signed(forger, now(), "d-2", BODY)))
                .isInstanceOf(AuthenticationFailedException.class).hasMessage(DefaultWebhookService.NOT_VERIFIED);
        assertThatThrownBy(() -> fixture.webhooks.receive(UUID.randomUUID(), signed(secret, now(), "d-2", BODY)))
                .isInstanceOf(AuthenticationFailedException.class).hasMessage(DefaultWebhookService.NOT_VERIFIED);
        // A signature over other bytes than those sent is a forgery too.
        WebhookRequest tampered = signed(secret, now(), "d-2", BODY);
        assertThatThrownBy(() -> fixture.webhooks.receive(workflow, new WebhookRequest(tampered.timestamp(),
                "d-2", tampered.signature(), BODY.replace("42", "4200").getBytes(StandardCharsets.UTF_8), Map.of())))
                .isInstanceOf(AuthenticationFailedException.class).hasMessage(DefaultWebhookService.NOT_VERIFIED);
        assertThat(fixture.runsOf(fixture.manager, workflow)).isEmpty();
    }

    @Test
    void aStaleOrFutureTimestampIsRefusedAsAReplay() {
        long now = Instant.now().getEpochSecond();

        for (long timestamp : new long[] {now - 301, now + 301}) {
            assertThatThrownBy(() -> fixture.webhooks.receive(workflow, signed(secret, Long.toString(timestamp),
                    "d-3", BODY))).isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("more than 300 seconds away");
        }
        assertThat(fixture.webhooks.receive(workflow, signed(secret, Long.toString(now - 290), "d-3", BODY))
                .runId()).isNotNull();
    }

    @Test
    void aRetriedDeliveryStartsNothingNewAndAnswersTheSameRun() {
        WebhookReceipt first = fixture.webhooks.receive(workflow, signed(secret, now(), "d-4", BODY));
        WebhookReceipt retry = fixture.webhooks.receive(workflow, signed(secret, now(), "d-4", BODY));

        assertThat(retry.runId()).isEqualTo(first.runId());
        assertThat(retry.repeated()).isTrue();
        assertThat(fixture.runsOf(fixture.manager, workflow)).hasSize(1);
    }

    @Test
    void rotatingTheSecretInvalidatesTheOldOne() {
        String rotated = fixture.webhooks.rotateSecret(fixture.manager, workflow);

        assertThat(rotated).hasSize(64).isNotEqualTo(secret);
        assertThatThrownBy(() -> fixture.webhooks.receive(workflow, signed(secret, now(), "d-5", BODY)))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(fixture.webhooks.receive(workflow, signed(rotated, now(), "d-5", BODY)).repeated()).isFalse();
    }

    @Test
    void theSecretOfAnotherOrganisationsWorkflowIsNotFound() throws Exception {
        Caller otherManager = EngineFixture.managerIn(database.newTenant());

        assertThatThrownBy(() -> fixture.webhooks.rotateSecret(otherManager, workflow))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.webhooks.receive(workflow, signed(secret, now(), "d-6", BODY)).repeated())
                .as("the owner's secret still works").isFalse();
        UUID manual = fixture.save("""
                {"name": "By hand", "start": "done", "nodes": [{"id": "done", "type": "end"}]}""");
        assertThatThrownBy(() -> fixture.webhooks.rotateSecret(fixture.manager, manual))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not triggered by webhook");
    }

    @Test
    void theBodyMustBeJsonAndWithinTheLimit() {
        assertThatThrownBy(() -> fixture.webhooks.receive(workflow, signed(secret, now(), "d-7", "order=17")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("body"));
        String large = "{\"blob\": \"" + "x".repeat(256 * 1024) + "\"}";
        assertThatThrownBy(() -> fixture.webhooks.receive(workflow, signed(secret, now(), "d-8", large)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.value())
                        .isEqualTo(256 * 1024));
        assertThat(fixture.runsOf(fixture.manager, workflow)).isEmpty();
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    /** Signs as a sender would, following the documented recipe (not the engine's code). */
    private static WebhookRequest signed(String secret, String timestamp, String delivery, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return new WebhookRequest(timestamp, delivery, "sha256=" + HexFormat.of().formatHex(digest),
                    body.getBytes(StandardCharsets.UTF_8), Map.of("User-Agent", "shop/1.0", "Content-Type",
                            "application/json", "X-Platina-Signature", "sha256=..."));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
