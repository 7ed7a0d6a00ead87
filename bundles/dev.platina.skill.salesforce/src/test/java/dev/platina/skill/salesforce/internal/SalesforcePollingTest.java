package dev.platina.skill.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.AuthorisationOutcome;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.EventReceipt;
import dev.platina.workflow.api.PlatformEvent;
import dev.platina.workflow.engine.internal.EngineForIntegrationTests;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lead and contact changes polled through the kit: events once each, the cursor moving, own writes not echoed. */
@ExtendWith(DatabaseExtension.class)
class SalesforcePollingTest {
    private final PlatformTestDatabase database;
    private final List<PlatformEvent> published = new CopyOnWriteArrayList<>();
    private KitForConnectorTests kit;
    private SalesforcePeer salesforce;
    private TenantId tenant;
    private Caller admin;
    private final LeadChanges leads = new LeadChanges();
    private final ContactChanges contacts = new ContactChanges();

    SalesforcePollingTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        EventBus bus = (publisher, event) -> {
            published.add(event);
            return new EventReceipt(event.id(), false, List.of(), 0);
        };
        kit = new KitForConnectorTests(database, new JdbcAuditLog(database.transactions()), bus,
                Duration.ofSeconds(2)).register(new SalesforceConnector()).register(leads).register(contacts);
        salesforce = new SalesforcePeer();
        tenant = database.newTenant();
        admin = EngineForIntegrationTests.managerIn(tenant);
        URI authorize = kit.connections.authorise(admin, "salesforce", Map.of(
                SalesforceConnector.CLIENT_ID, SalesforcePeer.CLIENT_ID,
                SalesforceConnector.CLIENT_SECRET, SalesforcePeer.CLIENT_SECRET,
                SalesforceConnector.LOGIN_URL, salesforce.baseUrl(),
                SalesforceConnector.INSTANCE_URL, salesforce.baseUrl()),
                URI.create("https://platina.example.com/api/v1/connections/oauth/callback"));
        AuthorisationOutcome outcome = kit.connections.completeAuthorisation(SalesforceTest.query(authorize)
                .get("state"), SalesforcePeer.CODE, null);
        assertThat(outcome.authorised()).as(outcome.message()).isTrue();
    }

    @AfterEach
    void stop() {
        salesforce.close();
    }

    @Test
    void newAndChangedLeadsArePublishedOnceAndTheCursorMovesOn() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        salesforce.saveAsUser("Lead", "00Q000000000001AAA", now.minusSeconds(3600), now.minusSeconds(120),
                Map.of("LastName", "Old", "Company", "Before"));
        salesforce.saveAsUser("Lead", "00Q000000000002AAA", now.minusSeconds(30), now.minusSeconds(30),
                Map.of("FirstName", "Lin", "LastName", "Chen", "Company", "Acme", "Email", "lin@acme.example",
                        "Phone", "+44 20 7946 0000", "Status", "Open - Not Contacted"));
        salesforce.saveAsUser("Lead", "00Q000000000003AAA", now.minusSeconds(86_400), now.minusSeconds(20),
                Map.of("LastName", "Ray", "Company", "Bolt", "Status", "Working - Contacted"));
        var ours = salesforce.saveAsUser("Lead", "00Q000000000004AAA", now.minusSeconds(86_400),
                now.minusSeconds(10), Map.of("LastName", "Mo", "Company", "Cog"));
        ours.put("LastModifiedById", SalesforcePeer.INTEGRATION_USER);

        assertThat(kit.poll(leads, tenant)).isTrue();

        assertThat(salesforce.soql).singleElement().satisfies(soql -> assertThat(soql)
                .contains("FROM Lead WHERE SystemModstamp >= ").contains("ORDER BY SystemModstamp, Id LIMIT 200"));
        assertThat(salesforce.requests).anySatisfy(r -> assertThat(r.path()).startsWith("/services/data/v60.0/query/"));
        assertThat(published).extracting(PlatformEvent::type).containsExactly("crm.lead.created",
                "crm.lead.updated");
        assertThat(published.get(0).data()).containsEntry("id", "00Q000000000002AAA")
                .containsEntry("name", "Lin Chen").containsEntry("email", "lin@acme.example")
                .containsEntry("company", "Acme").containsEntry("phone", "+44 20 7946 0000")
                .containsEntry("status", "Open - Not Contacted").containsEntry("owner", "Sam Rep")
                .containsEntry("lastModified", now.minusSeconds(30).toString());
        assertThat(published.get(1).data()).containsEntry("id", "00Q000000000003AAA")
                .containsEntry("status", "Working - Contacted");

        assertThat(kit.poll(leads, tenant)).isTrue();
        assertThat(published).hasSize(2);
        assertThat(salesforce.soql.get(1)).contains("SystemModstamp >= "
                + SalesforceTime.soqlAtOrBefore(now.minusSeconds(10)) + " ");

        salesforce.saveAsUser("Lead", "00Q000000000002AAA", now.minusSeconds(30), Instant.now(),
                Map.of("FirstName", "Lin", "LastName", "Chen", "Company", "Acme", "Status", "Working - Contacted"));
        assertThat(kit.poll(leads, tenant)).isTrue();
        assertThat(kit.poll(leads, tenant)).isTrue();

        assertThat(published).hasSize(3);
        assertThat(published.get(2).type()).isEqualTo("crm.lead.updated");
        assertThat(published.get(2).data()).containsEntry("id", "00Q000000000002AAA")
                .containsEntry("status", "Working - Contacted");
        assertThat(published).extracting(PlatformEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void aNewContactCarriesItsAccountAsCompany() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        salesforce.saveAsUser("Contact", "003000000000001AAA", now.minusSeconds(5), now.minusSeconds(5),
                Map.of("FirstName", "Ada", "LastName", "Byron", "Email", "ada@acme.example",
                        "AccountId", "001000000000001AAA"));

        assertThat(kit.poll(contacts, tenant)).isTrue();

        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("crm.contact.created");
            assertThat(event.data()).containsEntry("id", "003000000000001AAA").containsEntry("name", "Ada Byron")
                    .containsEntry("company", "Acme Account").containsEntry("email", "ada@acme.example")
                    .containsEntry("connector", "salesforce");
        });
    }

    @Test
    void aPollRefusedForTheRequestLimitFailsAndTheNextOneCatchesUp() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        salesforce.saveAsUser("Lead", "00Q000000000005AAA", now.minusSeconds(5), now.minusSeconds(5),
                Map.of("LastName", "Kim", "Company", "Dot"));
        assertThat(kit.poll(leads, tenant)).isTrue();
        salesforce.saveAsUser("Lead", "00Q000000000006AAA", now.minusSeconds(2), now.minusSeconds(2),
                Map.of("LastName", "Lee", "Company", "Dash"));
        salesforce.failNext(403, SalesforcePeer.errors("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."),
                Map.of());

        assertThat(kit.poll(leads, tenant)).isFalse();
        assertThat(kit.connections.status(admin, "salesforce").lastError().orElseThrow())
                .contains("REQUEST_LIMIT_EXCEEDED");
        assertThat(kit.poll(leads, tenant)).isTrue();

        assertThat(published).extracting(e -> e.data().get("id")).containsExactly("00Q000000000005AAA",
                "00Q000000000006AAA");
    }
}
