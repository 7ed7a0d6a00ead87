package dev.platina.skill.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PollResult;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the watched folder by UID from a real IMAP server (GreenMail). */
class InboxPollingTest {

    private MailServers servers;
    private InboxPolling inbox;
    private MailboxConnection connection;

    @BeforeEach
    void start() {
        servers = new MailServers();
        inbox = new InboxPolling(WatchTiming.DEFAULT, Clock.systemUTC());
        connection = MailboxConnection.of(servers.fields());
    }

    @AfterEach
    void stop() {
        inbox.stop();
        servers.close();
    }

    @Test
    void theFirstPollStartsAfterTheNewestMailAndReplaysNothing() throws Exception {
        servers.arrives(plain("<old-1@example.com>", "Old news"));
        servers.arrives(plain("<old-2@example.com>", "Older news"));

        PollResult first = inbox.poll(connection, Optional.empty());

        assertThat(first.events()).isEmpty();
        UidCursor cursor = UidCursor.parse(first.nextCursor().orElseThrow()).orElseThrow();
        assertThat(cursor.lastUid()).isGreaterThanOrEqualTo(2);
        assertThat(inbox.poll(connection, first.nextCursor()).events()).isEmpty();
    }

    @Test
    void newMailIsReadOnceAndTheCursorMovesPastIt() throws Exception {
        servers.arrives(plain("<before@example.com>", "Before connecting"));
        Optional<String> cursor = inbox.poll(connection, Optional.empty()).nextCursor();

        servers.arrives(plain("<first@example.com>", "First question"));
        servers.arrives(plain("<second@example.com>", "Second question"));
        PollResult read = inbox.poll(connection, cursor);

        assertThat(read.events()).extracting(InboundEvent::id).containsExactly("<first@example.com>",
                "<second@example.com>");
        assertThat(read.events()).extracting(InboundEvent::type).containsOnly("email.received");
        assertThat(read.events()).extracting(e -> e.data().get("subject")).containsExactly("First question",
                "Second question");
        UidCursor before = UidCursor.parse(cursor.orElseThrow()).orElseThrow();
        UidCursor after = UidCursor.parse(read.nextCursor().orElseThrow()).orElseThrow();
        assertThat(after.validity()).isEqualTo(before.validity());
        assertThat(after.lastUid()).isEqualTo(before.lastUid() + 2);

        PollResult again = inbox.poll(connection, read.nextCursor());
        assertThat(again.events()).isEmpty();
        assertThat(again.nextCursor().map(c -> UidCursor.parse(c).orElseThrow().lastUid()).orElse(
                after.lastUid())).isEqualTo(after.lastUid());
    }

    @Test
    void theEventCarriesAddressesTextThreadAndAttachmentNamesButNoContents() throws Exception {
        Optional<String> cursor = inbox.poll(connection, Optional.empty()).nextCursor();
        servers.arrives("""
                Message-ID: <q-42@customer.example>
                From: =?UTF-8?Q?Zo=C3=AB_Customer?= <zoe@customer.example>
                Reply-To: tickets@customer.example
                To: Acme Support <support@acme.test>, sales@acme.test
                Cc: boss@customer.example
                Subject: =?UTF-8?Q?Invoice_=E2=82=AC120?=
                In-Reply-To: <a-41@acme.test>
                References: <q-40@customer.example>
                 <a-41@acme.test>
                Date: Fri, 20 Nov 2026 09:30:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Hello, the invoice says =E2=82=AC120 but we agreed on =E2=82=AC100.
                --outer
                Content-Type: application/pdf; name="invoice 42.pdf"
                Content-Disposition: attachment; filename="invoice 42.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSPj4Kc3RyZWFtCg==
                --outer--
                """);

        InboundEvent event = inbox.poll(connection, cursor).events().get(0);

        assertThat(event.id()).isEqualTo("<q-42@customer.example>");
        Map<String, Object> data = event.data();
        assertThat(data).containsEntry("from", "zoe@customer.example").containsEntry("fromName", "Zoë Customer")
                .containsEntry("replyAddress", "tickets@customer.example")
                .containsEntry("to", List.of("support@acme.test", "sales@acme.test"))
                .containsEntry("cc", List.of("boss@customer.example"))
                .containsEntry("subject", "Invoice €120")
                .containsEntry("text", "Hello, the invoice says €120 but we agreed on €100.")
                .containsEntry("messageId", "<q-42@customer.example>")
                .containsEntry("inReplyTo", "<a-41@acme.test>")
                .containsEntry("references", "<q-40@customer.example> <a-41@acme.test>")
                .doesNotContainKey("textTruncated");
        assertThat(data.get("receivedAt").toString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(data.get("attachments")).asList().hasSize(1).first().satisfies(a -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> attachment = (Map<String, Object>) a;
            assertThat(attachment).containsEntry("name", "invoice 42.pdf")
                    .containsEntry("contentType", "application/pdf").doesNotContainKey("content");
            // The size the server reports (GreenMail counts the part's headers too), never the bytes themselves.
            assertThat((Long) attachment.get("size")).isPositive().isLessThan(400L);
        });
    }

    @Test
    void htmlOnlyMailIsReadAsItsTextAndLongTextIsCapped() throws Exception {
        Optional<String> cursor = inbox.poll(connection, Optional.empty()).nextCursor();
        servers.arrives("""
                Message-ID: <html@example.com>
                From: news@example.com
                To: support@acme.test
                Subject: Newsletter
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p {color: red}</style></head><body><h1>Hello &amp; welcome</h1>
                <p>First&nbsp;line<br>second line</p><script>alert(1)</script><ul><li>one</li><li>two</li></ul>
                </body></html>
                """);
        servers.arrives(plain("<long@example.com>", "Long", "x".repeat(150 * 1024)));

        List<InboundEvent> events = inbox.poll(connection, cursor).events();

        assertThat(events.get(0).data().get("text")).isEqualTo("Hello & welcome\nFirst line\nsecond line\n- one\n"
                + "- two");
        assertThat(events.get(1).data().get("text").toString()).hasSize(100 * 1024);
        assertThat(events.get(1).data()).containsEntry("textTruncated", true);
    }

    @Test
    void aBacklogIsReadAHundredAtATimeInOrder() throws Exception {
        Optional<String> cursor = inbox.poll(connection, Optional.empty()).nextCursor();
        for (int i = 1; i <= 105; i++) {
            servers.arrives(plain("<backlog-" + i + "@example.com>", "Backlog " + i));
        }

        PollResult first = inbox.poll(connection, cursor);
        PollResult rest = inbox.poll(connection, first.nextCursor());

        assertThat(first.events()).hasSize(InboxReader.MOST_PER_POLL);
        assertThat(first.events().get(99).id()).isEqualTo("<backlog-100@example.com>");
        assertThat(rest.events()).extracting(InboundEvent::id).containsExactly("<backlog-101@example.com>",
                "<backlog-102@example.com>", "<backlog-103@example.com>", "<backlog-104@example.com>",
                "<backlog-105@example.com>");
    }

    @Test
    void aChangedUidValidityStartsAgainFromTheNewestMail() throws Exception {
        servers.arrives(plain("<one@example.com>", "One"));
        UidCursor real = UidCursor.parse(inbox.poll(connection, Optional.empty()).nextCursor().orElseThrow())
                .orElseThrow();

        PollResult read = inbox.poll(connection, Optional.of(new UidCursor(real.validity() + 1, 0).toString()));

        assertThat(read.events()).isEmpty();
        assertThat(read.nextCursor()).contains(real.toString());
    }

    @Test
    void mailWithoutAMessageIdIsKnownByItsPlaceInTheFolder() throws Exception {
        UidCursor cursor = UidCursor.parse(inbox.poll(connection, Optional.empty()).nextCursor().orElseThrow())
                .orElseThrow();
        servers.arrives("""
                From: robot@example.com
                To: support@acme.test
                Subject: No id

                Beep.
                """);

        InboundEvent event = inbox.poll(connection, Optional.of(cursor.toString())).events().get(0);

        assertThat(event.id()).isEqualTo(cursor.validity() + ":" + (cursor.lastUid() + 1));
        assertThat(event.data()).containsEntry("messageId", "").containsEntry("text", "Beep.");
    }

    static String plain(String messageId, String subject) {
        return plain(messageId, subject, "Hello from " + messageId);
    }

    static String plain(String messageId, String subject, String text) {
        return "Message-ID: " + messageId + "\nFrom: Ada <ada@customer.example>\nTo: support@acme.test\nSubject: "
                + subject + "\nContent-Type: text/plain; charset=UTF-8\n\n" + text + "\n";
    }
}
