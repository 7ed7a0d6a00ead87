package dev.platina.skill.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.engine.internal.EngineForIntegrationTests;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail skill end to end on the real engine (steps, outbox relay), the integration kit on a real PostgreSQL and
 * a real mail server (GreenMail): connecting checks the mailbox, mail is sent and replies thread, and mail queued
 * while the SMTP server is down is sent once each when it is back.
 */
@ExtendWith(DatabaseExtension.class)
class EmailThroughTheKitTest {

    private final PlatformTestDatabase database;
    private EngineForIntegrationTests engine;
    private KitForConnectorTests kit;
    private MailServers servers;
    private TenantId tenant;
    private Caller admin;

    EmailThroughTheKitTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        var audit = new JdbcAuditLog(database.transactions());
        engine = new EngineForIntegrationTests(database, audit);
        kit = new KitForConnectorTests(database, audit, engine.events, Duration.ofSeconds(2))
                .register(new EmailConnector());
        engine.register(new EmailChannel(kit.deliveries));
        engine.register(new SendEmailStep(kit.connections));
        engine.register(new ReplyEmailStep(kit.connections));
        servers = new MailServers();
        tenant = database.newTenant();
        admin = EngineForIntegrationTests.managerIn(tenant);
    }

    @AfterEach
    void stop() throws Exception {
        // The database outlives the test; a connection left behind would be polled by the next test's scheduler.
        kit.connections.disconnect(admin, "email");
        engine.close();
        servers.close();
    }

    @Test
    void connectingChecksTheMailboxAndKeepsThePasswordSecret() {
        var wrong = new HashMap<>(servers.fields());
        wrong.put(EmailConnector.PASSWORD, "guess");
        assertThatThrownBy(() -> kit.connections.connect(admin, "email", wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "The IMAP server refused the user name or password."));

        var status = kit.connections.connect(admin, "email", servers.fields());

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.secretsSet()).containsExactly("password");
        assertThat(status.settings()).doesNotContainKey("password").containsEntry("folder", "INBOX");
    }

    @Test
    void aMailIsSentWithTheMessageIdOfItsOutboxKey() throws Exception {
        kit.connections.connect(admin, "email", servers.fields());
        UUID workflow = engine.save(tenant, """
                {"name": "Welcome", "trigger": {"type": "manual"}, "start": "send", "nodes": [
                  {"id": "send", "type": "step", "step": "email.send",
                   "input": {"to": "=input.to", "cc": ["boss@acme.test"], "bcc": "audit@acme.test",
                             "subject": "Welcome, Zoë", "text": "Glad to have you.",
                             "html": "<p>Glad to have <b>you</b>.</p>"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        Run run = engine.runs.start(admin, workflow, Map.of("to", "Zoë Customer <zoe@customer.example>"));
        RunEffect effect = deliveredEffect(run.id());

        // The server keeps one copy per recipient's mailbox (to, cc and bcc): one mail, one Message-ID.
        MimeMessage[] copies = servers.mail().getReceivedMessages();
        assertThat(copies).hasSize(3);
        assertThat(Arrays.stream(copies).map(EmailThroughTheKitTest::messageId).distinct()).containsExactly(
                OutgoingMail.messageId(effect.idempotencyKey(), "acme.test"));
        MimeMessage sent = copies[0];
        assertThat(sent.getSubject()).isEqualTo("Welcome, Zoë");
        assertThat(sent.getHeader("To")).containsExactly("=?UTF-8?Q?Zo=C3=AB_Customer?= <zoe@customer.example>");
        assertThat(sent.getHeader("Cc")).containsExactly("boss@acme.test");
        assertThat(sent.getFrom()[0].toString()).isEqualTo("Acme Support <support@acme.test>");
        assertThat(sent.getHeader("Bcc")).isNull();
        assertThat(sent.getContentType()).startsWith("multipart/alternative");
        String raw = new String(sent.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).contains("Glad to have you.", "<p>Glad to have <b>you</b>.</p>");
        assertThat(engine.runs.get(admin, run.id()).state()).isEqualTo(Run.State.COMPLETED);
    }

    @Test
    void aReplyThreadsOnTheReceivedMail() throws Exception {
        kit.connections.connect(admin, "email", servers.fields());
        UUID workflow = engine.save(tenant, """
                {"name": "Answer", "trigger": {"type": "manual"}, "start": "reply", "nodes": [
                  {"id": "reply", "type": "step", "step": "email.reply",
                   "input": {"replyTo": "=input.messageId", "references": "=input.references",
                             "subject": "=input.subject", "to": "=input.replyAddress",
                             "text": "Thanks, we are on it."},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        Run run = engine.runs.start(admin, workflow, Map.of("messageId", "<q-42@customer.example>",
                "references", "<q-40@customer.example> <a-41@acme.test>", "subject", "Invoice €120",
                "replyAddress", "tickets@customer.example"));
        deliveredEffect(run.id());

        MimeMessage answer = onlyOneReceivedBy("tickets@customer.example");
        assertThat(answer.getSubject()).isEqualTo("Re: Invoice €120");
        assertThat(answer.getHeader("In-Reply-To")).containsExactly("<q-42@customer.example>");
        assertThat(jakarta.mail.internet.MimeUtility.unfold(answer.getHeader("References")[0]))
                .isEqualTo("<q-40@customer.example> <a-41@acme.test> <q-42@customer.example>");
        assertThat(answer.getContentType()).startsWith("text/plain");
        assertThat(answer.getContent().toString().strip()).isEqualTo("Thanks, we are on it.");
    }

    @Test
    void mailArrivingInTheWatchedFolderStartsAWorkflowThatRepliesInTheThread() throws Exception {
        var inbox = new InboxPolling();
        kit.register(inbox);
        servers.arrives(InboxPollingTest.plain("<old@customer.example>", "Before connecting"));
        kit.connections.connect(admin, "email", servers.fields());
        UUID workflow = engine.save(tenant, """
                {"name": "Acknowledge", "trigger": {"type": "event", "event": "email.received"},
                 "start": "reply", "nodes": [
                  {"id": "reply", "type": "step", "step": "email.reply",
                   "input": {"replyTo": "=trigger.event.data.messageId",
                             "references": "=trigger.event.data.references",
                             "subject": "=trigger.event.data.subject",
                             "to": "=trigger.event.data.replyAddress", "text": "We got your mail."},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        try (AutoCloseable polling = kit.startPolling()) {
            // The first poll starts after the newest mail, then the kit opens the IDLE watch.
            waitFor(() -> inbox.watching() == 1);
            long arrived = System.nanoTime();
            servers.arrives("""
                    Message-ID: <q-7@customer.example>
                    From: Ada <ada@customer.example>
                    To: support@acme.test
                    Subject: Where is my order?
                    References: <q-6@customer.example>

                    Order 1234 has not arrived.
                    """);

            waitFor(() -> runsOf(workflow).size() == 1);
            // Well before the five-minute poll interval: IDLE reported the mail.
            assertThat(Duration.ofNanos(System.nanoTime() - arrived)).isLessThan(Duration.ofSeconds(30));
            Run run = runsOf(workflow).get(0);
            assertThat(run.input()).containsEntry("messageId", "<q-7@customer.example>")
                    .containsEntry("from", "ada@customer.example").containsEntry("subject", "Where is my order?")
                    .containsEntry("text", "Order 1234 has not arrived.");
            deliveredEffect(run.id());
        }
        assertThat(inbox.watching()).isZero();
        inbox.stop();
        MimeMessage answer = onlyOneReceivedBy("ada@customer.example");
        assertThat(answer.getSubject()).isEqualTo("Re: Where is my order?");
        assertThat(answer.getHeader("In-Reply-To")).containsExactly("<q-7@customer.example>");
        assertThat(jakarta.mail.internet.MimeUtility.unfold(answer.getHeader("References")[0]))
                .isEqualTo("<q-6@customer.example> <q-7@customer.example>");
        assertThat(runsOf(workflow)).hasSize(1);
    }

    @Test
    void mailQueuedWhileTheSmtpServerIsDownIsSentOnceEachWhenItIsBack() throws Exception {
        kit.connections.connect(admin, "email", servers.fields());
        UUID workflow = engine.save(tenant, """
                {"name": "Notify", "trigger": {"type": "manual"}, "start": "send", "nodes": [
                  {"id": "send", "type": "step", "step": "email.send",
                   "input": {"to": "ops@customer.example", "subject": "=input.subject", "text": "Status"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        servers.goDown();

        List<UUID> runs = List.of(
                engine.runs.start(admin, workflow, Map.of("subject", "one")).id(),
                engine.runs.start(admin, workflow, Map.of("subject", "two")).id(),
                engine.runs.start(admin, workflow, Map.of("subject", "three")).id());
        waitFor(() -> runs.stream().allMatch(id -> effectOf(id).lastError().orElse("").startsWith(
                "Waiting for E-mail: ")));
        Thread.sleep(3000);
        assertThat(runs).allSatisfy(id -> assertThat(effectOf(id).state()).isEqualTo(RunEffect.State.PENDING));
        assertThat(effectOf(runs.get(0)).lastError().orElseThrow()).contains("Could not reach 127.0.0.1:"
                + servers.smtpPort);
        assertThat(kit.connections.status(admin, "email").state()).isEqualTo(ConnectionState.FAILING);

        servers.comeBack();
        for (UUID id : runs) {
            deliveredEffect(id);
        }

        MimeMessage[] received = servers.mail().getReceivedMessages();
        assertThat(Arrays.stream(received).map(EmailThroughTheKitTest::subject)).containsExactlyInAnyOrder("one",
                "two", "three");
        assertThat(Arrays.stream(received).map(EmailThroughTheKitTest::messageId).distinct()).hasSize(3);
        waitFor(() -> kit.connections.status(admin, "email").state() == ConnectionState.CONNECTED);
    }

    @Test
    void aPasswordChangedAtTheServerHoldsMailForAnAdministrator() throws Exception {
        kit.connections.connect(admin, "email", servers.fields());
        UUID workflow = engine.save(tenant, """
                {"name": "Notify", "trigger": {"type": "manual"}, "start": "send", "nodes": [
                  {"id": "send", "type": "step", "step": "email.send",
                   "input": {"to": "ops@customer.example", "subject": "Held", "text": "Status"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        servers.mailbox().setPassword("rotated-password");

        UUID run = engine.runs.start(admin, workflow, Map.of()).id();
        waitFor(() -> effectOf(run).lastError().isPresent());

        // The kit holds such a message for minutes (until the password is fixed), not for the quick retries.
        assertThat(effectOf(run).state()).isEqualTo(RunEffect.State.PENDING);
        assertThat(effectOf(run).lastError().orElseThrow()).startsWith("Waiting for E-mail: E-mail refused the"
                + " credentials: The SMTP server 127.0.0.1:" + servers.smtpPort + " refused the user name or"
                + " password");
        assertThat(kit.connections.status(admin, "email").state()).isEqualTo(ConnectionState.FAILING);
        assertThat(servers.mail().getReceivedMessages()).isEmpty();
    }

    @Test
    void aStepWithoutAConnectionOrWithWrongInputFailsInPlainWords() throws Exception {
        UUID workflow = engine.save(tenant, """
                {"name": "Send", "trigger": {"type": "manual"}, "start": "send", "nodes": [
                  {"id": "send", "type": "step", "step": "email.send",
                   "input": {"to": "=input.to", "subject": "Hi", "text": "Hello"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        UUID notConnected = engine.runs.start(admin, workflow, Map.of("to", "a@example.com")).id();
        waitFor(() -> engine.runs.get(admin, notConnected).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, notConnected).error().orElseThrow()).contains("E-mail is not connected");

        kit.connections.connect(admin, "email", servers.fields());
        UUID wrong = engine.runs.start(admin, workflow, Map.of("to", "nobody")).id();
        waitFor(() -> engine.runs.get(admin, wrong).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, wrong).error().orElseThrow()).contains("to: 'nobody' is not an e-mail"
                + " address");
        assertThat(servers.mail().getReceivedMessages()).isEmpty();
    }

    private List<Run> runsOf(UUID workflow) {
        return engine.runs.recent(admin, 100).stream().filter(r -> r.workflowId().equals(workflow)).toList();
    }

    private MimeMessage onlyOneReceivedBy(String address) throws Exception {
        var found = Arrays.stream(servers.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getRecipients(Message.RecipientType.TO)).isNotEmpty();
        return found.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private RunEffect effectOf(UUID run) {
        List<RunEffect> effects = engine.runs.get(admin, run).effects();
        return effects.isEmpty() ? new RunEffect("", "", "", RunEffect.State.PENDING, 0, Optional.empty(),
                Instant.now(), Optional.empty(), Optional.empty()) : effects.get(0);
    }

    private RunEffect deliveredEffect(UUID run) throws InterruptedException {
        waitFor(() -> !engine.runs.get(admin, run).effects().isEmpty()
                && effectOf(run).state() == RunEffect.State.DELIVERED);
        return effectOf(run);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(100);
        }
    }
}
