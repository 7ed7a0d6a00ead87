package dev.platina.skill.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.ConnectionService;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the e-mail steps make of their input before anything is queued. */
class EmailStepsTest {

    private final SendEmailStep send = new SendEmailStep(unused());
    private final ReplyEmailStep reply = new ReplyEmailStep(unused());

    @Test
    void recipientsMayBeAListOrOneTextWithNames() {
        Map<String, Object> parameters = send.parameters(Map.of("to", "Ada Lovelace <ada@example.com>, bob@example.com",
                "cc", List.of("carol@example.com"), "subject", "Hello", "text", "Hi"));

        assertThat(parameters).containsEntry("to", List.of("Ada Lovelace <ada@example.com>", "bob@example.com"))
                .containsEntry("cc", List.of("carol@example.com")).containsEntry("bcc", List.of())
                .containsEntry("subject", "Hello").containsEntry("text", "Hi");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> send.parameters(Map.of("to", "not an address", "subject", "Two\nlines")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("to", "'not an address' is not an e-mail address")
                        .containsEntry("subject", "must be one line")
                        .containsEntry("text", "is required (or give html)"));
    }

    @Test
    void aReplyThreadsOnTheMailItAnswersAndSaysReOnce() {
        Map<String, Object> parameters = reply.parameters(Map.of("replyTo", "<q-42@customer.example>",
                "references", "<q-40@customer.example> <a-41@acme.test>", "subject", "Invoice",
                "to", "zoe@customer.example", "text", "We will fix it."));
        Map<String, Object> again = reply.parameters(Map.of("replyTo", "q-43@customer.example",
                "subject", "RE: Invoice", "to", "zoe@customer.example", "text", "Done."));

        assertThat(parameters).containsEntry("inReplyTo", "<q-42@customer.example>")
                .containsEntry("references", List.of("<q-40@customer.example>", "<a-41@acme.test>",
                        "<q-42@customer.example>"))
                .containsEntry("subject", "Re: Invoice");
        assertThat(again).containsEntry("inReplyTo", "<q-43@customer.example>")
                .containsEntry("references", List.of("<q-43@customer.example>"))
                .containsEntry("subject", "RE: Invoice");
    }

    @Test
    void aLongThreadKeepsItsFirstAndLatestReferences() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "<m" + i + "@x>").toList();

        List<String> kept = ReplyEmailStep.thread(many, "<answer@x>");

        assertThat(kept).hasSize(MailInput.MOST_REFERENCES).startsWith("<m1@x>").endsWith("<m30@x>", "<answer@x>");
    }

    @Test
    void theMessageIdFollowsTheIdempotencyKey() {
        String first = OutgoingMail.messageId("run-1:step-2:0", "acme.test");

        assertThat(first).matches("<[0-9a-f]{32}@acme\\.test>");
        assertThat(OutgoingMail.messageId("run-1:step-2:0", "acme.test")).isEqualTo(first);
        assertThat(OutgoingMail.messageId("run-1:step-3:0", "acme.test")).isNotEqualTo(first);
    }

    /** Reading input never looks at connections; the end-to-end test runs the steps on the real kit. */
    private static ConnectionService unused() {
        return (ConnectionService) Proxy.newProxyInstance(ConnectionService.class.getClassLoader(),
                new Class<?>[] {ConnectionService.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("not consulted when reading input");
                });
    }
}
