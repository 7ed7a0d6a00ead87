package dev.platina.notification.email.internal;

import static dev.platina.notification.email.internal.Fixtures.approvalPending;
import static dev.platina.notification.email.internal.Fixtures.plainChannel;
import static dev.platina.notification.email.internal.Fixtures.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.SendResult;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The channel against a real SMTP server (GreenMail on a free loopback port). */
class EmailChannelSmtpTest {

    private GreenMail mailServer;
    private EmailChannel channel;

    @BeforeEach
    void startMailServer() {
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        channel = plainChannel(mailServer.getSmtp().getPort());
    }

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void deliversOneMessageWithPlainTextAndEscapedHtml() throws Exception {
        SendResult result = channel.send(recipient("dana@acme.test"),
                approvalPending("Approve <script>alert(1)</script> now"), "approval:42");

        assertThat(result).isEqualTo(SendResult.sent());
        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Approve <script>alert(1)</script> now");
        assertThat(List.of(message.getRecipients(MimeMessage.RecipientType.TO))).extracting(Address::toString)
                .containsExactly("Dana Doe <dana@acme.test>");
        assertThat(message.getContentType()).startsWith("multipart/alternative");

        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html");

        String plain = (String) text.getContent();
        assertThat(plain).contains("Acme & Co", "Hello Dana Doe,", "Approve <script>alert(1)</script> now",
                "Invoice 42 for 1,200 EUR waits for you.", "Open in Platina: " + Fixtures.ORIGIN + "/approvals/42",
                "Approve: " + Fixtures.ORIGIN + "/approvals/42", "Reject: " + Fixtures.ORIGIN + "/approvals/42");

        String markup = (String) html.getContent();
        assertThat(markup).doesNotContain("<script>")
                .contains("Approve &lt;script&gt;alert(1)&lt;/script&gt; now", "Acme &amp; Co",
                        "href=\"" + Fixtures.ORIGIN + "/approvals/42\"", ">Approve</a>", ">Reject</a>", "#0F766E")
                .doesNotContainIgnoringCase("<img").doesNotContain("token-a");
    }

    @Test
    void marksTheMessageAsAutomaticAndNamesItsKind() throws Exception {
        channel.send(recipient("dana@acme.test"), approvalPending("Approve"), "approval:42");

        MimeMessage message = mailServer.getReceivedMessages()[0];
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getHeader("X-Platina-Kind")).containsExactly("approval.pending");
        assertThat(message.getFrom()).extracting(Address::toString)
                .containsExactly("Platina <no-reply@platina.test>");
    }

    @Test
    void sendingTheSameKeyAgainKeepsTheMessageId() throws Exception {
        var dana = recipient("dana@acme.test");
        channel.send(dana, approvalPending("Approve"), "approval:42");
        channel.send(dana, approvalPending("Approve"), "approval:42");
        channel.send(dana, approvalPending("Approve"), "approval:43");

        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(3);
        String first = received[0].getMessageID();
        assertThat(first).matches("<[0-9a-f]{64}@platina>");
        assertThat(received[1].getMessageID()).isEqualTo(first);
        assertThat(received[2].getMessageID()).isNotEqualTo(first);
    }

    @Test
    void lineBreaksInTheTitleCannotAddHeaders() throws Exception {
        channel.send(recipient("dana@acme.test"), approvalPending("Hi\r\nBcc: mallory@evil.test"), "k");

        MimeMessage message = mailServer.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Hi Bcc: mallory@evil.test");
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void notificationWithoutLinkOrBodyStillReadsWell() throws Exception {
        var bare = new Notification("info", "Backup finished", "", Optional.empty(), List.of());

        assertThat(channel.send(recipient("dana@acme.test"), bare, "backup:1")).isEqualTo(SendResult.sent());

        MimeMultipart parts = (MimeMultipart) mailServer.getReceivedMessages()[0].getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Backup finished")
                .doesNotContain("Open in");
    }

    @Test
    void recipientWithoutAddressIsNotReached() throws Exception {
        assertThat(channel.reaches(recipient(null))).isFalse();
        assertThat(channel.reaches(recipient("  "))).isFalse();
        assertThat(channel.reaches(recipient("dana@acme.test"))).isTrue();
        assertThat(channel.send(recipient(null), approvalPending("Approve"), "k").kind())
                .isEqualTo(SendResult.Kind.UNREACHABLE);
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void invalidAddressIsUnreachable() throws Exception {
        SendResult result = channel.send(recipient("dana at acme"), approvalPending("Approve"), "k");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.UNREACHABLE);
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void serverThatIsDownMeansRetryNamingHostAndPort() throws Exception {
        int port = mailServer.getSmtp().getPort();
        mailServer.stop();

        SendResult result = channel.send(recipient("dana@acme.test"), approvalPending("Approve"), "k");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("the mail server 127.0.0.1:" + port + " did not answer: ")
                .containsIgnoringCase("refused"));
    }
}
