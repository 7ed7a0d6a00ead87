package dev.platina.skill.salesforce.internal;

import static dev.platina.integration.impl.internal.KitForConnectorTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.identity.api.Caller;
import dev.platina.integration.api.AuthorisationOutcome;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.engine.internal.EngineFixture;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Salesforce through the real kit and workflow engine on PostgreSQL, against a Salesforce peer: authorising with
 * the web server flow, writes delivered once, the conflict rule, sessions that end, limits and outages.
 */
@ExtendWith(DatabaseExtension.class)
class SalesforceTest {
    private static final URI CALLBACK = URI.create("https://platina.example.com/api/v1/connections/oauth/callback");

    private final PlatformTestDatabase database;
    private EngineFixture engine;
    private KitForConnectorTests kit;
    private SalesforcePeer salesforce;
    private TenantId tenant;
    private Caller admin;

    SalesforceTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        engine = new EngineFixture(database);
        kit = KitForConnectorTests.withEngine(engine)
                .register(new SalesforceConnector());
        engine.register(new SalesforceChannel(kit.deliveries));
        engine.register(new CreateLeadStep(kit.connections));
        engine.register(new UpdateLeadStep(kit.connections));
        engine.register(new CreateContactStep(kit.connections));
        engine.register(new UpdateContactStep(kit.connections));
        engine.register(new CreateTaskStep(kit.connections));
        salesforce = new SalesforcePeer();
        tenant = engine.tenant;
        admin = engine.manager;
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        salesforce.close();
    }

    @Test
    void authorisingRunsTheWebServerFlowAndChecksTheSession() {
        URI authorize = kit.connections.authorise(admin, "salesforce", fields(Map.of()), CALLBACK);

        assertThat(authorize.toString()).startsWith(salesforce.baseUrl() + "/services/oauth2/authorize?");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", SalesforcePeer.CLIENT_ID)
                .containsEntry("scope", "api refresh_token").containsEntry("redirect_uri", CALLBACK.toString())
                .containsEntry("code_challenge_method", "S256");
        assertThat(kit.connections.status(admin, "salesforce").state())
                .isEqualTo(ConnectionState.NEEDS_AUTHORISATION);

        AuthorisationOutcome outcome = kit.connections.completeAuthorisation(query.get("state"),
                SalesforcePeer.CODE, null);

        assertThat(outcome.authorised()).as(outcome.message()).isTrue();
        var status = kit.connections.status(admin, "salesforce");
        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.secretsSet()).containsExactly(SalesforceConnector.CLIENT_SECRET);
        assertThat(status.settings()).containsEntry(SalesforceConnector.API_VERSION, "v60.0")
                .as("the instance address comes from the token answer").doesNotContainKey(
                        SalesforceConnector.INSTANCE_URL);
        assertThat(salesforce.requests).anySatisfy(r -> assertThat(r.path()).isEqualTo("/services/oauth2/userinfo"));
        assertThat(salesforce.requests).filteredOn(r -> r.path().equals("/services/oauth2/token")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("grant_type=authorization_code")
                        .contains("code_verifier="));
    }

    @Test
    void aLeadIsCreatedOnceByExternalIdEvenWhenTheFirstAnswerIsLost() throws Exception {
        authorise(Map.of(SalesforceConnector.EXTERNAL_ID_FIELD, "Platina_Key__c"));
        UUID workflow = engine.save(createLeadWorkflow());
        salesforce.loseNextAnswers = 1;

        Run run = engine.runs.start(admin, workflow, Map.of("lastName", "Lin", "company", "Acme",
                "email", "lin@acme.example"));
        RunEffect effect = deliveredEffect(run.id());

        assertThat(salesforce.records("Lead")).hasSize(1);
        var lead = salesforce.records("Lead").values().iterator().next();
        assertThat(lead.path("LastName").asText()).isEqualTo("Lin");
        assertThat(lead.path("Email").asText()).isEqualTo("lin@acme.example");
        assertThat(lead.path("Platina_Key__c").asText()).isEqualTo(SalesforceWrites.externalKey(
                effect.idempotencyKey()));
        assertThat(salesforce.requests).filteredOn(r -> r.path().contains("/sobjects/Lead/Platina_Key__c/"))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> {
                    assertThat(r.method()).isEqualTo("PATCH");
                    assertThat(r.authorization()).startsWith("Bearer " + SalesforcePeer.ORG.substring(0, 15));
                });
        assertThat(salesforce.writes("POST")).isZero();
    }

    @Test
    void wrongInputFailsTheStepNamingEveryFieldAndSalesforceRefusalsFailTheEffect() throws Exception {
        authorise(Map.of());
        UUID workflow = engine.save(createLeadWorkflow());

        Run wrong = engine.runs.start(admin, workflow, Map.of("lastName", "Lin", "company", " ",
                "email", "not-an-address"));
        waitFor(() -> engine.runs.get(admin, wrong.id()).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, wrong.id()).error().orElseThrow()).contains("company").contains("email");

        salesforce.failNext(400, "[{\"message\":\"Lead Status: bad value for restricted picklist field: Nope\","
                + "\"errorCode\":\"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST\",\"fields\":[\"Status\"]}]", Map.of());
        Run refused = engine.runs.start(admin, workflow, Map.of("lastName", "Lin", "company", "Acme",
                "email", "lin@acme.example"));
        waitFor(() -> effectOf(refused.id()).state() == RunEffect.State.FAILED);
        assertThat(effectOf(refused.id()).lastError().orElseThrow()).contains("Salesforce refused it")
                .contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST").contains("fields: Status");
        assertThat(salesforce.records("Lead")).isEmpty();
    }

    @Test
    void anUpdateBasedOnAnOlderVersionIsRefusedBecauseSalesforceWins() throws Exception {
        authorise(Map.of());
        Instant seen = Instant.parse("2026-11-20T10:00:00Z");
        salesforce.saveAsUser("Lead", "00Q000000000777AAA", seen.minusSeconds(3600), seen.plusSeconds(60),
                Map.of("LastName", "Lin", "Company", "Acme", "Status", "Working"));
        salesforce.saveAsUser("Lead", "00Q000000000778AAA", seen.minusSeconds(3600), seen,
                Map.of("LastName", "Ray", "Company", "Acme", "Status", "Open"));
        UUID workflow = engine.save(updateLeadWorkflow());

        Run stale = engine.runs.start(admin, workflow, Map.of("id", "00Q000000000777AAA", "status", "Qualified",
                "lastModified", seen.toString()));
        Run current = engine.runs.start(admin, workflow, Map.of("id", "00Q000000000778AAA", "status", "Qualified",
                "lastModified", seen.toString()));

        waitFor(() -> effectOf(stale.id()).state() == RunEffect.State.FAILED);
        assertThat(effectOf(stale.id()).lastError().orElseThrow()).contains("Conflict: Salesforce wins")
                .contains("00Q000000000777AAA").contains(SalesforcePeer.SALES_REP);
        assertThat(salesforce.records("Lead").get("00Q000000000777AAA").path("Status").asText())
                .isEqualTo("Working");
        deliveredEffect(current.id());
        assertThat(salesforce.records("Lead").get("00Q000000000778AAA").path("Status").asText())
                .isEqualTo("Qualified");
    }

    @Test
    void anUpdateWhoseAnswerWasLostIsRecognisedAsAlreadyMade() throws Exception {
        authorise(Map.of());
        Instant seen = Instant.parse("2026-11-20T10:00:00Z");
        salesforce.saveAsUser("Contact", "003000000000777AAA", seen.minusSeconds(3600), seen,
                Map.of("LastName", "Lin", "Title", "Buyer"));
        UUID workflow = engine.save("""
                {"name": "Promote", "trigger": {"type": "manual"}, "start": "update", "nodes": [
                  {"id": "update", "type": "step", "step": "salesforce.contact.update",
                   "input": {"id": "=input.id", "title": "Head of Buying", "lastModified": "=input.lastModified"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        salesforce.loseNextAnswers = 1;

        Run run = engine.runs.start(admin, workflow, Map.of("id", "003000000000777AAA",
                "lastModified", SalesforceTime.answer(seen)));

        deliveredEffect(run.id());
        assertThat(salesforce.records("Contact").get("003000000000777AAA").path("Title").asText())
                .isEqualTo("Head of Buying");
        assertThat(salesforce.writes("PATCH")).isEqualTo(1);
    }

    @Test
    void anEndedSessionIsRefreshedThroughTheKitAndTheWriteGoesOutOnce() throws Exception {
        authorise(Map.of());
        UUID workflow = engine.save(createTaskWorkflow());
        salesforce.endSessions();

        Run run = engine.runs.start(admin, workflow, Map.of("subject", "Call back", "whoId", "00Q000000000777AAA",
                "activityDate", "2026-11-30", "status", "Not Started"));

        deliveredEffect(run.id());
        assertThat(salesforce.refreshes.get()).isEqualTo(1);
        assertThat(salesforce.records("Task")).hasSize(1);
        assertThat(kit.connections.status(admin, "salesforce").state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void theRequestLimitAndAnUnavailableOrgMakeTheWriteWaitAndThenHappenOnce() throws Exception {
        authorise(Map.of());
        UUID workflow = engine.save(createTaskWorkflow());
        salesforce.failNext(403, SalesforcePeer.errors("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."),
                Map.of("Retry-After", "1"));
        salesforce.failNext(503, SalesforcePeer.errors("SERVER_UNAVAILABLE", "Server temporarily unavailable"),
                Map.of("Retry-After", "1"));

        Run run = engine.runs.start(admin, workflow, Map.of("subject", "Call back", "whoId", "00Q000000000777AAA",
                "activityDate", "2026-11-30", "status", "Not Started"));

        deliveredEffect(run.id());
        assertThat(salesforce.records("Task")).hasSize(1);
        var task = salesforce.records("Task").values().iterator().next();
        assertThat(task.path("Subject").asText()).isEqualTo("Call back");
        assertThat(task.path("WhoId").asText()).isEqualTo("00Q000000000777AAA");
        assertThat(task.path("ActivityDate").asText()).isEqualTo("2026-11-30");
        assertThat(kit.connections.status(admin, "salesforce").state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void contactsQueuedWhileSalesforceIsDownAreEachDeliveredOnceWhenItIsBack() throws Exception {
        authorise(Map.of(SalesforceConnector.EXTERNAL_ID_FIELD, "Platina_Key__c"));
        UUID workflow = engine.save("""
                {"name": "Contact", "trigger": {"type": "manual"}, "start": "create", "nodes": [
                  {"id": "create", "type": "step", "step": "salesforce.contact.create",
                   "input": {"lastName": "=input.lastName", "email": "=input.email"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        salesforce.goDown();

        List<UUID> runs = List.of(
                engine.runs.start(admin, workflow, Map.of("lastName", "Ada", "email", "ada@acme.example")).id(),
                engine.runs.start(admin, workflow, Map.of("lastName", "Bo", "email", "bo@acme.example")).id(),
                engine.runs.start(admin, workflow, Map.of("lastName", "Cy", "email", "cy@acme.example")).id(),
                engine.runs.start(admin, workflow, Map.of("lastName", "Di", "email", "di@acme.example")).id());
        waitFor(() -> runs.stream().allMatch(id -> effectOf(id).lastError().orElse("")
                .startsWith("Waiting for Salesforce: ")));
        Thread.sleep(3000);
        assertThat(runs).allSatisfy(id -> assertThat(effectOf(id).state()).isEqualTo(RunEffect.State.PENDING));
        assertThat(kit.connections.status(admin, "salesforce").state()).isEqualTo(ConnectionState.FAILING);

        salesforce.loseNextAnswers = 1;
        salesforce.comeBack();
        for (UUID id : runs) {
            deliveredEffect(id);
        }

        assertThat(salesforce.records("Contact")).hasSize(4);
        assertThat(salesforce.records("Contact").values().stream().map(c -> c.path("LastName").asText()))
                .containsExactlyInAnyOrder("Ada", "Bo", "Cy", "Di");
        waitFor(() -> kit.connections.status(admin, "salesforce").state() == ConnectionState.CONNECTED);
    }

    private void authorise(Map<String, String> more) {
        URI authorize = kit.connections.authorise(admin, "salesforce", fields(more), CALLBACK);
        AuthorisationOutcome outcome = kit.connections.completeAuthorisation(query(authorize).get("state"),
                SalesforcePeer.CODE, null);
        assertThat(outcome.authorised()).as(outcome.message()).isTrue();
    }

    private Map<String, String> fields(Map<String, String> more) {
        var fields = new HashMap<String, String>(Map.of(SalesforceConnector.CLIENT_ID, SalesforcePeer.CLIENT_ID,
                SalesforceConnector.CLIENT_SECRET, SalesforcePeer.CLIENT_SECRET,
                SalesforceConnector.LOGIN_URL, salesforce.baseUrl()));
        fields.putAll(more);
        return fields;
    }

    static Map<String, String> query(URI uri) {
        var values = new HashMap<String, String>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String createLeadWorkflow() {
        return """
                {"name": "Lead", "trigger": {"type": "manual"}, "start": "create", "nodes": [
                  {"id": "create", "type": "step", "step": "salesforce.lead.create",
                   "input": {"lastName": "=input.lastName", "company": "=input.company", "email": "=input.email"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""";
    }

    private static String updateLeadWorkflow() {
        return """
                {"name": "Qualify", "trigger": {"type": "manual"}, "start": "update", "nodes": [
                  {"id": "update", "type": "step", "step": "salesforce.lead.update",
                   "input": {"id": "=input.id", "status": "=input.status", "lastModified": "=input.lastModified"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""";
    }

    private static String createTaskWorkflow() {
        return """
                {"name": "Task", "trigger": {"type": "manual"}, "start": "task", "nodes": [
                  {"id": "task", "type": "step", "step": "salesforce.task.create",
                   "input": {"subject": "=input.subject", "whoId": "=input.whoId",
                             "activityDate": "=input.activityDate", "status": "=input.status"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""";
    }

    private RunEffect effectOf(UUID run) {
        List<RunEffect> effects = engine.runs.get(admin, run).effects();
        return effects.isEmpty() ? new RunEffect("", "", "", RunEffect.State.PENDING, 0, java.util.Optional.empty(),
                Instant.now(), java.util.Optional.empty(), java.util.Optional.empty()) : effects.get(0);
    }

    private RunEffect deliveredEffect(UUID run) throws InterruptedException {
        waitFor(() -> !engine.runs.get(admin, run).effects().isEmpty()
                && effectOf(run).state() == RunEffect.State.DELIVERED);
        return effectOf(run);
    }
}
