package dev.platina.notification.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.notification.api.BrandDirectory;
import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NotificationMessagesTest {

    private final NotificationMessages messages = new NotificationMessages(Session.getInstance(new Properties()),
            SmtpSettings.parseSender("Platina <no-reply@platina.test>"));

    /** Inside Karaf the activation registry may be unreachable; messages must be written all the same. */
    @Test
    void messageIsWrittenWithoutTheActivationRegistry() throws Exception {
        CommandMap original = CommandMap.getDefaultCommandMap();
        CommandMap.setDefaultCommandMap(new KnowsNothing());
        try {
            var content = new EmailContent("Grüße", "Text part ü", "<p>HTML part ü</p>");
            var bytes = new ByteArrayOutputStream();
            messages.create(new InternetAddress("dana@acme.test"), "info", content, "key").writeTo(bytes);

            String raw = bytes.toString(StandardCharsets.US_ASCII);
            assertThat(raw).contains("multipart/alternative", "text/plain; charset=UTF-8",
                    "text/html; charset=UTF-8", "Message-ID: " + NotificationMessages.messageId("key"));
            assertThat(raw.indexOf("text/plain")).isLessThan(raw.indexOf("text/html"));
        } finally {
            CommandMap.setDefaultCommandMap(original);
        }
    }

    @Test
    void aBrandLogoTravelsInsideTheMessageAsAnInlinePartTheHtmlNamesWithoutTheActivationRegistry() throws Exception {
        CommandMap original = CommandMap.getDefaultCommandMap();
        CommandMap.setDefaultCommandMap(new KnowsNothing());
        try {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
            var content = new EmailContent("Hello", "Text", "<img src=\"cid:" + HtmlBody.LOGO_CID + "\">",
                    Optional.of(new BrandDirectory.Logo("image/png", png)));
            var bytes = new ByteArrayOutputStream();
            messages.create(new InternetAddress("dana@acme.test"), "info", content, "key").writeTo(bytes);

            String raw = bytes.toString(StandardCharsets.US_ASCII);
            assertThat(raw).contains("multipart/related", "multipart/alternative", "Content-Type: image/png",
                    "Content-ID: <" + HtmlBody.LOGO_CID + ">", "Content-Disposition: inline",
                    Base64.getMimeEncoder().encodeToString(png));
            assertThat(raw.indexOf("multipart/alternative")).isLessThan(raw.indexOf("image/png"));
        } finally {
            CommandMap.setDefaultCommandMap(original);
        }
    }

    @Test
    void messageIdIsTheHashOfTheKey() {
        assertThat(NotificationMessages.messageId("approval:42"))
                .isEqualTo(NotificationMessages.messageId("approval:42"))
                .isNotEqualTo(NotificationMessages.messageId("approval:43"))
                .matches("<[0-9a-f]{64}@platina>")
                .doesNotContain("approval");
    }

    private static final class KnowsNothing extends CommandMap {
        @Override
        public CommandInfo[] getPreferredCommands(String mimeType) {
            return new CommandInfo[0];
        }

        @Override
        public CommandInfo[] getAllCommands(String mimeType) {
            return new CommandInfo[0];
        }

        @Override
        public CommandInfo getCommand(String mimeType, String cmdName) {
            return null;
        }

        @Override
        public DataContentHandler createDataContentHandler(String mimeType) {
            return null;
        }
    }
}
