package dev.platina.notification.webpush.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.identity.api.Caller;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationAction;
import dev.platina.notification.api.Recipient;
import dev.platina.notification.api.SendResult;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Web push end to end: the real store on the test database, a local push service, a browser's decryption. */
@ExtendWith(DatabaseExtension.class)
class WebPushChannelTest {

    private static final Notification APPROVAL = new Notification("approval.pending", "Approve the invoice?",
            "ACME Ltd asks for 1,200 EUR.", Optional.of("/approvals/42"), List.of(
                    new NotificationAction("approve", "Approve", "https://app.example/api/v1/approvals/42/approve",
                            "token-a"),
                    new NotificationAction("reject", "Reject", "https://app.example/api/v1/approvals/42/reject",
                            "token-r")));

    private final PlatformTestDatabase database;
    private TenantId tenant;
    private PushSubscriptionStore store;
    private PushSubscriptions subscriptions;
    private VapidKeys vapidKeys;
    private WebPushChannel channel;
    private LocalPushService pushService;
    private Caller alice;
    private Recipient aliceRecipient;

    WebPushChannelTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void wire(@TempDir Path data) throws Exception {
        tenant = TestParts.newOrganization(database);
        var cipher = new TestCipher();
        store = new PushSubscriptionStore(database.transactions(), cipher);
        subscriptions = new PushSubscriptions(store, new TestParts.RecordedAudit(), TestParts.configuration(true));
        vapidKeys = new VapidKeys(cipher, data.resolve("notification/vapid.key"));
        channel = new WebPushChannel(store, vapidKeys, TestParts.configuration(true), Clock.systemUTC());
        pushService = new LocalPushService();
        alice = TestParts.person(tenant, "alice");
        aliceRecipient = new Recipient(tenant, "Tenant", alice.userId(), "alice", "Alice", Optional.empty());
    }

    @AfterEach
    void stop() {
        pushService.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSubscribedBrowserReceivesTheNotificationEncryptedAndSignedByThisInstallation() throws Exception {
        var browser = new BrowserSubscription();
        subscribe(browser, pushService.newEndpoint());

        SendResult result = channel.send(aliceRecipient, APPROVAL, "approval:42");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.SENT);
        assertThat(pushService.refusals()).isEmpty();
        LocalPushService.Received message = pushService.received().get(0);
        assertThat(message.header("Authorization")).endsWith("k=" + vapidKeys.publicKey());
        assertThat(message.claims().get("sub")).isEqualTo("mailto:operator@example.test");
        assertThat(message.header("TTL")).isEqualTo("86400");
        assertThat(message.header("Urgency")).isEqualTo("high");
        assertThat(message.header("Topic")).hasSize(32).matches("[A-Za-z0-9_-]+")
                .isEqualTo(WebPushChannel.topic("approval:42"));

        Map<?, ?> payload = new ObjectMapper().readValue(browser.decrypt(message.body()), Map.class);
        assertThat(payload.get("title")).isEqualTo("Approve the invoice?");
        assertThat(payload.get("body")).isEqualTo("ACME Ltd asks for 1,200 EUR.");
        assertThat(payload.get("link")).isEqualTo("/approvals/42");
        assertThat(payload.get("tag")).isEqualTo("approval:42");
        assertThat((List<Object>) payload.get("actions")).containsExactly(
                Map.of("id", "approve", "label", "Approve", "url", "https://app.example/api/v1/approvals/42/approve",
                        "token", "token-a"),
                Map.of("id", "reject", "label", "Reject", "url", "https://app.example/api/v1/approvals/42/reject",
                        "token", "token-r"));
        assertThat(subscriptions.devices(alice).get(0).lastUsedAt()).isPresent();
    }

    @Test
    void ordinaryNoticesAreNotUrgentAndARedeliveryCarriesTheSameTagAndTopic() throws Exception {
        var browser = new BrowserSubscription();
        subscribe(browser, pushService.newEndpoint());
        var notice = new Notification("run.failed", "A workflow failed", "Invoice sync", Optional.empty(), List.of());

        channel.send(aliceRecipient, notice, "run:7");
        channel.send(aliceRecipient, notice, "run:7");

        List<LocalPushService.Received> messages = pushService.received();
        assertThat(messages).hasSize(2);
        assertThat(messages).allSatisfy(m -> assertThat(m.header("Urgency")).isEqualTo("normal"));
        assertThat(messages.get(0).header("Topic")).isEqualTo(messages.get(1).header("Topic"));
        for (var message : messages) {
            assertThat(new ObjectMapper().readValue(browser.decrypt(message.body()), Map.class).get("tag"))
                    .isEqualTo("run:7");
        }
    }

    @Test
    void aSubscriptionThePushServiceReportsGoneIsDeletedAndThePersonBecomesUnreachable() throws Exception {
        String endpoint = pushService.newEndpoint();
        subscribe(new BrowserSubscription(), endpoint);
        pushService.answer(endpoint, 410, Map.of());
        assertThat(channel.reaches(aliceRecipient)).isTrue();

        SendResult result = channel.send(aliceRecipient, APPROVAL, "approval:43");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.UNREACHABLE);
        assertThat(subscriptions.devices(alice)).isEmpty();
        assertThat(channel.reaches(aliceRecipient)).isFalse();
    }

    @Test
    void tooManyRequestsIsRetriedNoSoonerThanThePushServiceAsked() throws Exception {
        String endpoint = pushService.newEndpoint();
        subscribe(new BrowserSubscription(), endpoint);
        pushService.answer(endpoint, 429, Map.of("Retry-After", "7"));

        SendResult result = channel.send(aliceRecipient, APPROVAL, "approval:44");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(subscriptions.devices(alice)).singleElement()
                .satisfies(device -> assertThat(device.lastError()).hasValueSatisfying(error -> assertThat(error)
                        .contains("429")));
    }

    @Test
    void oneDeviceReceivingIsEnoughAndTheGoneOneIsDeleted() throws Exception {
        String gone = pushService.newEndpoint();
        subscribe(new BrowserSubscription(), gone);
        pushService.answer(gone, 404, Map.of());
        var phone = new BrowserSubscription();
        subscribe(phone, pushService.newEndpoint());

        SendResult result = channel.send(aliceRecipient, APPROVAL, "approval:45");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.SENT);
        assertThat(subscriptions.devices(alice)).hasSize(1);
        assertThat(phone.decrypt(pushService.received().get(0).body())).isNotEmpty();
    }

    @Test
    void aServiceErrorOnOneDeviceAndRefusalOnAnotherIsRetried() throws Exception {
        String failing = pushService.newEndpoint();
        subscribe(new BrowserSubscription(), failing);
        pushService.answer(failing, 503, Map.of());
        String refusing = pushService.newEndpoint();
        subscribe(new BrowserSubscription(), refusing);
        pushService.answer(refusing, 413, Map.of());

        SendResult result = channel.send(aliceRecipient, APPROVAL, "approval:46");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(result.retryAfter()).isEmpty();
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("503", "413"));
    }

    @Test
    void aPersonWithoutDevicesIsUnreachable() throws Exception {
        assertThat(channel.reaches(aliceRecipient)).isFalse();
        assertThat(channel.send(aliceRecipient, APPROVAL, "approval:47").kind())
                .isEqualTo(SendResult.Kind.UNREACHABLE);
    }

    @Test
    void aPlainHttpEndpointIsNotCalledOnceInsecureEndpointsAreNoLongerAllowed() throws Exception {
        subscribe(new BrowserSubscription(), pushService.newEndpoint());
        var strict = new WebPushChannel(store, vapidKeys, TestParts.configuration(false), Clock.systemUTC());

        SendResult result = strict.send(aliceRecipient, APPROVAL, "approval:48");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.REFUSED);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("https"));
        assertThat(pushService.received()).isEmpty();
    }

    @Test
    void aLongBodyIsShortenedToFitButTheActionsArriveWhole() throws Exception {
        var browser = new BrowserSubscription();
        subscribe(browser, pushService.newEndpoint());
        var wordy = new Notification("approval.pending", "Approve?", "é".repeat(5000), Optional.of("/approvals/1"),
                APPROVAL.actions());

        assertThat(channel.send(aliceRecipient, wordy, "approval:49").kind()).isEqualTo(SendResult.Kind.SENT);

        byte[] body = pushService.received().get(0).body();
        assertThat(body.length).isLessThanOrEqualTo(4096);
        Map<?, ?> payload = new ObjectMapper().readValue(browser.decrypt(body), Map.class);
        assertThat((String) payload.get("body")).startsWith("éé").endsWith("…");
        assertThat((List<?>) payload.get("actions")).hasSize(2);
    }

    private void subscribe(BrowserSubscription browser, String endpoint) {
        subscriptions.subscribe(alice, endpoint, browser.p256dh(), browser.authSecret(), "Test browser");
    }

}
