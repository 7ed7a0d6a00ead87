package dev.platina.notification.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.notification.api.BrandDirectory;
import dev.platina.notification.api.Recipient;
import dev.platina.persistence.api.TenantId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** E-mails wear the recipient organisation's theme when the web UI lends it, and the configured brand otherwise. */
class ThemedBrandsTest {

    private static final Brand CONFIGURED = new Brand("Platina", "#4F46E5");
    private static final BrandDirectory.Logo LOGO = new BrandDirectory.Logo("image/png", new byte[] {1, 2, 3});

    private final Recipient northwindClient = Fixtures.recipient("dana@client.test");
    private final Recipient unthemed = Fixtures.recipient("eve@plain.test");
    private final ThemedBrands brands = new ThemedBrands(CONFIGURED);

    @Test
    void withoutTheWebUiEveryoneGetsTheConfiguredBrand() {
        assertThat(brands.brandFor(northwindClient)).isSameAs(CONFIGURED);
    }

    @Test
    void anOrganisationWithAThemeGetsItsNameColourFooterAndLogo() {
        brands.use(directory(Map.of(northwindClient.organization(), new BrandDirectory.Brand("northwind",
                "Northwind AI Desk", "#0b5394", "Northwind Cloud Services \u00b7 support@northwind.example",
                Optional.of(LOGO)))));

        Brand brand = brands.brandFor(northwindClient);

        assertThat(brand.productName()).isEqualTo("Northwind AI Desk");
        assertThat(brand.accentColor()).isEqualTo("#0b5394");
        assertThat(brand.footer()).isEqualTo("Northwind Cloud Services \u00b7 support@northwind.example");
        assertThat(brand.logo()).contains(LOGO);
        assertThat(brands.brandFor(unthemed)).as("no theme for this one").isSameAs(CONFIGURED);
    }

    @Test
    void aColourEmailCannotCarrySafelyKeepsTheConfiguredAccentAndHeaderBreaksAreFlattened() {
        brands.use(directory(Map.of(northwindClient.organization(), new BrandDirectory.Brand("odd",
                "Odd\r\nBcc: x@evil.test", "#0b539480", "", Optional.empty()))));

        Brand brand = brands.brandFor(northwindClient);

        assertThat(brand.accentColor()).isEqualTo("#4F46E5");
        assertThat(brand.productName()).isEqualTo("Odd Bcc: x@evil.test");
    }

    @Test
    void aFailingOrDepartedDirectoryFallsBackToTheConfiguredBrand() {
        BrandDirectory failing = organization -> {
            throw new IllegalStateException("the UI is stopping");
        };
        brands.use(failing);
        assertThat(brands.brandFor(northwindClient)).isSameAs(CONFIGURED);

        BrandDirectory themed = directory(Map.of(northwindClient.organization(), new BrandDirectory.Brand("n", "N",
                "#000", "", Optional.empty())));
        brands.use(themed);
        brands.forget(failing);
        assertThat(brands.brandFor(northwindClient).productName()).as("another directory was not removed")
                .isEqualTo("N");
        brands.forget(themed);
        assertThat(brands.brandFor(northwindClient)).isSameAs(CONFIGURED);
    }

    @Test
    void theHtmlAndTextShowTheThemesBrandAndFooterEscaped() {
        brands.use(directory(Map.of(northwindClient.organization(), new BrandDirectory.Brand("northwind",
                "Northwind <AI> Desk", "#0b5394", "Support: help@northwind.example & +1 555 0100",
                Optional.of(LOGO)))));
        var composer = new EmailComposer(new AppLinks(Fixtures.ORIGIN), brands);

        EmailContent content = composer.compose(northwindClient, Fixtures.approvalPending("Pay invoice 42"));

        assertThat(content.html()).contains("background:#0b5394", "Open in Northwind &lt;AI&gt; Desk",
                "Support: help@northwind.example &amp; +1 555 0100", "src=\"cid:" + HtmlBody.LOGO_CID + "\"")
                .doesNotContain("<AI>");
        assertThat(content.text()).contains("Support: help@northwind.example & +1 555 0100");
        assertThat(content.logo()).contains(LOGO);
    }

    private static BrandDirectory directory(Map<TenantId, BrandDirectory.Brand> themed) {
        return organization -> Optional.ofNullable(themed.get(organization));
    }
}
