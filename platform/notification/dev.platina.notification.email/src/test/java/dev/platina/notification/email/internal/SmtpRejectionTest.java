package dev.platina.notification.email.internal;

import static dev.platina.notification.email.internal.Fixtures.approvalPending;
import static dev.platina.notification.email.internal.Fixtures.plainChannel;
import static dev.platina.notification.email.internal.Fixtures.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.notification.api.SendResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the server's refusals mean: permanent ones refuse the notification, temporary ones retry it. */
class SmtpRejectionTest {

    @Test
    void unknownRecipientIsRefused() throws Exception {
        SendResult result = sendAgainst(Map.of("RCPT", "550 5.1.1 <dana@acme.test>: no such user"));

        assertThat(result.kind()).isEqualTo(SendResult.Kind.REFUSED);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("dana@acme.test").contains("550 5.1.1").contains("no such user"));
    }

    @Test
    void greylistedRecipientIsRetried() throws Exception {
        SendResult result = sendAgainst(Map.of("RCPT", "450 4.2.0 greylisted, try again later"));

        assertThat(result.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("greylisted"));
    }

    @Test
    void tooManyRecipientsIsRetriedAsRfc5321Asks() throws Exception {
        assertThat(sendAgainst(Map.of("RCPT", "552 too many recipients")).kind()).isEqualTo(SendResult.Kind.RETRY);
    }

    @Test
    void messageRejectedAfterDataIsRefused() throws Exception {
        SendResult result = sendAgainst(Map.of(".", "554 5.7.1 message looks like spam"));

        assertThat(result.kind()).isEqualTo(SendResult.Kind.REFUSED);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("spam"));
    }

    @Test
    void messageDeferredAfterDataIsRetried() throws Exception {
        assertThat(sendAgainst(Map.of(".", "451 4.3.0 queue full")).kind()).isEqualTo(SendResult.Kind.RETRY);
    }

    @Test
    void refusedSenderAddressIsRetriedBecauseTheOperatorCanFixIt() throws Exception {
        SendResult result = sendAgainst(Map.of("MAIL", "553 5.7.1 sender not allowed"));

        assertThat(result.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("'from'"));
    }

    @Test
    void acceptedMessageIsSent() throws Exception {
        try (var server = new ScriptedSmtpServer(Map.of())) {
            SendResult result = plainChannel(server.port()).send(recipient("dana@acme.test"),
                    approvalPending("Approve"), "k");

            assertThat(result).isEqualTo(SendResult.sent());
            assertThat(server.commands()).contains("MAIL", "RCPT", "DATA");
        }
    }

    private static SendResult sendAgainst(Map<String, String> replies) throws Exception {
        try (var server = new ScriptedSmtpServer(replies)) {
            return plainChannel(server.port()).send(recipient("dana@acme.test"), approvalPending("Approve"), "k");
        }
    }
}
