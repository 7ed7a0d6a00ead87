package dev.platina.notification.email.internal;

import dev.platina.notification.api.BrandDirectory;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationChannel;
import dev.platina.notification.api.Recipient;
import dev.platina.notification.api.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications by e-mail over SMTP: one message per notification with a text and an HTML part in the brand of the
 * recipient's organisation. The Message-ID follows the idempotency key, so a repeated send shows as the same mail.
 */
@Component(service = NotificationChannel.class, configurationPid = EmailConfiguration.PID)
@Designate(ocd = EmailConfiguration.class)
public final class EmailChannel implements NotificationChannel {

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final SmtpMailer mailer;
    private final EmailComposer composer;
    private final NotificationMessages messages;

    private final ThemedBrands brands;

    @Activate
    public EmailChannel(EmailConfiguration config) {
        this(SmtpSettings.from(config), new AppLinks(config.publicOrigin()),
                new ThemedBrands(new Brand(config.productName(), config.accentColor())));
    }

    EmailChannel(SmtpSettings settings, AppLinks links, ThemedBrands brands) {
        this.mailer = new SmtpMailer(settings);
        this.brands = brands;
        this.composer = new EmailComposer(links, brands);
        this.messages = new NotificationMessages(mailer.session(), settings.from());
        LOG.info("E-mail notifications go through {}", settings);
    }

    /** The web UI's themes, while it runs: each organisation's e-mails then wear its theme. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBrandDirectory(BrandDirectory directory) {
        brands.use(directory);
    }

    void unbindBrandDirectory(BrandDirectory directory) {
        brands.forget(directory);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String description() {
        return "E-mail to your address on file";
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return address(recipient).isPresent();
    }

    @Override
    public SendResult send(Recipient recipient, Notification notification, String idempotencyKey)
            throws MessagingException {
        Optional<String> address = address(recipient);
        if (address.isEmpty()) {
            return SendResult.unreachable("no e-mail address on file");
        }
        InternetAddress to;
        try {
            to = recipientAddress(address.get(), recipient.displayName());
        } catch (AddressException e) {
            return SendResult.unreachable("the e-mail address on file is not valid: " + e.getMessage());
        }
        EmailContent content = composer.compose(recipient, notification);
        SendResult result = mailer.send(messages.create(to, notification.kind(), content, idempotencyKey));
        LOG.debug("E-mail for {} ({}): {}", recipient.userId(), notification.kind(), result);
        return result;
    }

    private static Optional<String> address(Recipient recipient) {
        return recipient.email().map(String::strip).filter(email -> !email.isEmpty());
    }

    private static InternetAddress recipientAddress(String email, String displayName) throws AddressException {
        var address = new InternetAddress(email, true);
        if (address.getAddress().indexOf('@') < 0) {
            throw new AddressException("no domain", email);
        }
        if (displayName != null && !displayName.isBlank()) {
            try {
                address.setPersonal(EmailComposer.singleLine(displayName), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("every Java runtime has UTF-8", e);
            }
        }
        return address;
    }
}
