package dev.platina.notification.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void passwordNeverShowsInText() {
        SmtpSettings settings = Fixtures.settings(587, StartTls.REQUIRED, "alerts", "s3cret-pw");

        assertThat(settings.toString()).contains("127.0.0.1:587", "alerts", "(set)").doesNotContain("s3cret-pw");
        assertThat(settings.sessionProperties().toString()).doesNotContain("s3cret-pw");
    }

    @Test
    void requiredStartTlsChecksTheCertificateName() {
        var properties = Fixtures.settings(587, StartTls.REQUIRED, "", "").sessionProperties();

        assertThat(properties).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void unknownStartTlsModeIsRejected() {
        assertThat(StartTls.parse(" Optional ")).isEqualTo(StartTls.OPTIONAL);
        assertThatThrownBy(() -> StartTls.parse("maybe")).hasMessageContaining("required, optional or off");
    }

    @Test
    void senderMustBeAnAddress() {
        assertThatThrownBy(() -> SmtpSettings.parseSender("Platina <no reply>"))
                .hasMessageContaining("from is not an e-mail address");
    }
}
