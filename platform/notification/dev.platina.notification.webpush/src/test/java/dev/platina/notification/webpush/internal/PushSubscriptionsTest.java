package dev.platina.notification.webpush.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.rest.internal.CallerPrincipal;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People's own push subscriptions over the real test database: validation, ownership, secrecy, audit. */
@ExtendWith(DatabaseExtension.class)
class PushSubscriptionsTest {

    private static final String ENDPOINT = "https://push.example.net/send/abc123";

    private final PlatformTestDatabase database;
    private TenantId tenant;
    private PushSubscriptionStore store;
    private TestParts.RecordedAudit audit;
    private PushSubscriptions subscriptions;
    private Caller alice;
    private Caller bob;
    private BrowserSubscription browser;

    PushSubscriptionsTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void wire() throws Exception {
        tenant = TestParts.newOrganization(database);
        store = new PushSubscriptionStore(database.transactions(), new TestCipher());
        audit = new TestParts.RecordedAudit();
        subscriptions = new PushSubscriptions(store, audit, TestParts.configuration(false));
        alice = TestParts.person(tenant, "alice");
        bob = TestParts.person(tenant, "bob");
        browser = new BrowserSubscription();
    }

    @Test
    void aSubscribedBrowserIsListedForItsOwnerOnlyAndTheSubscriptionIsAudited() {
        UUID id = subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(), browser.authSecret(), "Firefox 140");

        assertThat(subscriptions.devices(alice)).singleElement().satisfies(device -> {
            assertThat(device.id()).isEqualTo(id);
            assertThat(device.userAgent()).contains("Firefox 140");
            assertThat(device.lastUsedAt()).isEmpty();
        });
        assertThat(subscriptions.devices(bob)).isEmpty();
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("notification.push.subscribe");
            assertThat(event.actorId()).isEqualTo(alice.userId().toString());
            assertThat(event.targetId()).isEqualTo(id.toString());
            assertThat(event.details().values()).noneMatch(value -> value.contains("push.example.net"));
        });
    }

    @Test
    void theEndpointAndKeysAreStoredSealedWithOnlyAHashOfTheEndpointInPlain() throws Exception {
        UUID id = subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(), browser.authSecret(), null);

        try (Connection owner = database.owner(); PreparedStatement select = owner.prepareStatement(
                "SELECT endpoint_hash, secret FROM platina.push_subscription WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("endpoint_hash")).isEqualTo(PushSubscriptionStore.hash(ENDPOINT))
                        .hasSize(64);
                String secret = new String(row.getBytes("secret"), StandardCharsets.ISO_8859_1);
                assertThat(secret).doesNotContain("push.example.net").doesNotContain(browser.p256dh());
            }
        }
        assertThat(store.subscriptionsOf(tenant, alice.userId())).singleElement()
                .satisfies(s -> assertThat(s.keys().endpoint()).isEqualTo(ENDPOINT));
    }

    @Test
    void subscribingTheSameEndpointAgainReplacesTheEarlierSubscriptionEvenAnotherPersons() {
        UUID first = subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(), browser.authSecret(), "Chrome");
        UUID again = subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(), browser.authSecret(), "Chrome");

        assertThat(subscriptions.devices(alice)).extracting(PushDevice::id).containsExactly(again)
                .doesNotContain(first);

        UUID bobs = subscriptions.subscribe(bob, ENDPOINT, browser.p256dh(), browser.authSecret(), "Chrome");
        assertThat(subscriptions.devices(alice)).as("the browser now belongs to Bob").isEmpty();
        assertThat(subscriptions.devices(bob)).extracting(PushDevice::id).containsExactly(bobs);
    }

    @Test
    void keysOfTheWrongShapeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> subscriptions.subscribe(alice, ENDPOINT, Base64Url.encode(new byte[64]),
                browser.authSecret(), null)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("keys.p256dh"));
        assertThatThrownBy(() -> subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(),
                Base64Url.encode(new byte[15]), null)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("keys.auth"));
        assertThatThrownBy(() -> subscriptions.subscribe(alice, ENDPOINT, "not*base64", browser.authSecret(), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("keys.p256dh"));
        assertThat(subscriptions.devices(alice)).isEmpty();
    }

    @Test
    void endpointsThatAreNotHttpsOrNameALocalAddressAreRefused() {
        for (String endpoint : new String[] {"http://push.example.net/x", "https://localhost/x",
                "https://127.0.0.1:8443/x", "https://10.1.2.3/x", "https://[::1]/x", "https://169.254.169.254/x",
                "ftp://push.example.net/x", "/relative"}) {
            assertThatThrownBy(() -> subscriptions.subscribe(alice, endpoint, browser.p256dh(), browser.authSecret(),
                    null)).as(endpoint).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("endpoint"));
        }
        assertThat(subscriptions.devices(alice)).isEmpty();
    }

    @Test
    void nobodyCanRemoveAnotherPersonsDevice() {
        UUID id = subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(), browser.authSecret(), null);

        assertThatThrownBy(() -> subscriptions.unsubscribe(bob, id)).isInstanceOf(NotFoundException.class);
        assertThat(subscriptions.devices(alice)).hasSize(1);

        subscriptions.unsubscribe(alice, id);
        assertThat(subscriptions.devices(alice)).isEmpty();
        assertThat(audit.events).extracting(event -> event.action())
                .containsExactly("notification.push.subscribe", "notification.push.unsubscribe");
    }

    @Test
    void signingOutForgetsOnlyTheSignedOutPersonsDeviceWithThatEndpoint() {
        UUID phone = subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(), browser.authSecret(), "Phone");
        UUID laptop = subscriptions.subscribe(alice, ENDPOINT + "-laptop", browser.p256dh(), browser.authSecret(),
                "Laptop");

        assertThat(subscriptions.forget(bob, ENDPOINT)).as("not Bob's device").isFalse();
        assertThat(subscriptions.isSubscribed(alice, ENDPOINT)).isTrue();
        assertThat(subscriptions.forget(alice, ENDPOINT)).isTrue();

        assertThat(subscriptions.isSubscribed(alice, ENDPOINT)).isFalse();
        assertThat(subscriptions.devices(alice)).extracting(PushDevice::id).containsExactly(laptop)
                .doesNotContain(phone);
        assertThat(subscriptions.forget(alice, ENDPOINT)).as("gone already").isFalse();
        assertThat(audit.events).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo("notification.push.unsubscribe");
            assertThat(event.targetId()).isEqualTo(phone.toString());
        });
    }

    @Test
    void anotherOrganisationSeesNoneOfThem() throws Exception {
        subscriptions.subscribe(alice, ENDPOINT, browser.p256dh(), browser.authSecret(), null);
        TenantId other = TestParts.newOrganization(database);

        assertThat(store.subscriptionsOf(other, alice.userId())).isEmpty();
        assertThat(store.anyFor(other, alice.userId())).isFalse();
        assertThat(store.anyFor(tenant, alice.userId())).isTrue();
    }

    @Test
    void theResourceAnswers201WithTheDeviceButNeverItsEndpoint() {
        var resource = new PushSubscriptionsResource(subscriptions);
        var request = new PushSubscriptionsResource.SubscriptionRequest(ENDPOINT, null,
                new PushSubscriptionsResource.KeysRequest(browser.p256dh(), browser.authSecret()));

        Response answer = resource.subscribe(request, "Safari 18", signedIn(alice));

        assertThat(answer.getStatus()).isEqualTo(201);
        var view = (PushSubscriptionsResource.DeviceView) answer.getEntity();
        assertThat(answer.getLocation().getPath()).isEqualTo("/api/v1/me/push-subscriptions/" + view.id());
        assertThat(view.userAgent()).isEqualTo("Safari 18");
        assertThat(view.toString()).doesNotContain("push.example.net");
        assertThat(resource.list(signedIn(alice)).items()).containsExactly(view);
        assertThatThrownBy(() -> resource.unsubscribe(view.id(), signedIn(bob))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resource.unsubscribe("not-a-uuid", signedIn(alice)))
                .isInstanceOf(NotFoundException.class);
        resource.unsubscribe(view.id(), signedIn(alice));
        assertThat(resource.list(signedIn(alice)).items()).isEmpty();
    }

    private static SecurityContext signedIn(Caller caller) {
        var principal = new CallerPrincipal(caller, "token");
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }
}
