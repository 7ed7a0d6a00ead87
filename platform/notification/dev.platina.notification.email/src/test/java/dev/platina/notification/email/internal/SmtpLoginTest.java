package dev.platina.notification.email.internal;

import static dev.platina.notification.email.internal.Fixtures.approvalPending;
import static dev.platina.notification.email.internal.Fixtures.channel;
import static dev.platina.notification.email.internal.Fixtures.recipient;
import static dev.platina.notification.email.internal.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.platina.notification.api.SendResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login and STARTTLS against a GreenMail server that requires a login and offers no STARTTLS. */
class SmtpLoginTest {

    private GreenMail mailServer;
    private int port;

    @BeforeEach
    void startMailServer() {
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        mailServer.getUserManager().setAuthRequired(true);
        mailServer.setUser("alerts@platina.test", "alerts", "right-password");
        port = mailServer.getSmtp().getPort();
    }

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void sendsWithTheRightPassword() throws Exception {
        var channel = channel(settings(port, StartTls.OFF, "alerts", "right-password"));

        assertThat(channel.send(recipient("dana@acme.test"), approvalPending("Approve"), "k"))
                .isEqualTo(SendResult.sent());
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void wrongPasswordMeansRetryWithoutThePassword() throws Exception {
        var channel = channel(settings(port, StartTls.OFF, "alerts", "wrong-password"));

        SendResult result = channel.send(recipient("dana@acme.test"), approvalPending("Approve"), "k");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("the mail server 127.0.0.1:" + port + " refused the login of 'alerts'")
                .doesNotContain("wrong-password"));
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStartTlsNeverSendsInClear() throws Exception {
        var channel = channel(settings(port, StartTls.REQUIRED, "alerts", "right-password"));

        SendResult result = channel.send(recipient("dana@acme.test"), approvalPending("Approve"), "k");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("the mail server 127.0.0.1:" + port).contains("STARTTLS"));
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void optionalStartTlsFallsBackToClear() throws Exception {
        var channel = channel(settings(port, StartTls.OPTIONAL, "alerts", "right-password"));

        assertThat(channel.send(recipient("dana@acme.test"), approvalPending("Approve"), "k"))
                .isEqualTo(SendResult.sent());
    }
}
