package dev.platina.notification.email.internal;

import dev.platina.notification.api.BrandDirectory;
import dev.platina.notification.api.Recipient;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brand of the recipient's organisation as its theme has it, when the web UI lends its themes (a
 * {@link BrandDirectory} service); otherwise, or when the lookup fails, the brand configured for this channel, so
 * e-mails never wait for the UI. A theme colour e-mail cannot carry safely (e.g. with transparency) keeps the
 * configured accent colour.
 */
final class ThemedBrands implements Brands {

    private static final Logger LOG = LoggerFactory.getLogger(ThemedBrands.class);

    private final Brand configured;
    private volatile BrandDirectory directory;

    ThemedBrands(Brand configured) {
        this.configured = configured;
    }

    void use(BrandDirectory directory) {
        this.directory = directory;
    }

    void forget(BrandDirectory gone) {
        if (directory == gone) {
            directory = null;
        }
    }

    @Override
    public Brand brandFor(Recipient recipient) {
        BrandDirectory current = directory;
        if (current == null) {
            return configured;
        }
        Optional<BrandDirectory.Brand> themed;
        try {
            themed = current.brandOf(recipient.organization());
        } catch (RuntimeException e) {
            LOG.warn("The brand of organisation {} could not be read; using the configured brand: {}",
                    recipient.organization().value(), e.toString());
            return configured;
        }
        return themed.map(this::toEmailBrand).orElse(configured);
    }

    private Brand toEmailBrand(BrandDirectory.Brand theme) {
        String color = Brand.isHexColor(theme.color()) ? theme.color() : configured.accentColor();
        return new Brand(EmailComposer.singleLine(theme.productName()), color,
                EmailComposer.singleLine(theme.emailFooter()), theme.logo());
    }
}
