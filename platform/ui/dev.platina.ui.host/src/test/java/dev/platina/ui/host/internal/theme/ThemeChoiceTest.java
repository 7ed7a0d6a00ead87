package dev.platina.ui.host.internal.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ThemeChoiceTest {

    private final Theme standard = theme("id=default\nproduct.name=Platina\ndefault=true");
    private final Theme reseller = theme("id=northwind\nproduct.name=Northwind\norganizations=northwind\n"
            + "hosts=northwind.localhost");
    private final Theme tenantOwn = theme("id=acme\nproduct.name=Acme\norganizations=acme");
    private final List<Theme> themes = List.of(standard, reseller, tenantOwn);

    @Test
    void aTenantsOwnThemeWinsOverItsResellers() {
        assertThat(ThemeChoice.choose(themes, List.of("acme", "northwind"), null)).contains(tenantOwn);
    }

    @Test
    void aTenantWithoutAThemeWearsItsResellers() {
        assertThat(ThemeChoice.choose(themes, List.of("globex", "northwind"), "127.0.0.1:8080")).contains(reseller);
    }

    @Test
    void beforeSignInTheHostNameDecidesElseTheDefault() {
        assertThat(ThemeChoice.choose(themes, List.of(), "Northwind.localhost:8080")).contains(reseller);
        assertThat(ThemeChoice.choose(themes, List.of(), "127.0.0.1:8080")).contains(standard);
        assertThat(ThemeChoice.choose(themes, List.of("globex"), null)).contains(standard);
    }

    @Test
    void aBrokenDescriptorIsRefusedWithTheReason() {
        assertThatThrownBy(() -> theme("id=x\nproduct.name=X\npwa.theme-color=blue"))
                .hasMessageContaining("'pwa.theme-color' must be a colour like #0b5394");
        assertThatThrownBy(() -> theme("id=Bad Id\nproduct.name=X")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> theme("id=x")).hasMessageContaining("'product.name' is missing");
    }

    private static Theme theme(String descriptor) {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.StringReader(descriptor));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Theme.parse(properties, 1);
    }
}
