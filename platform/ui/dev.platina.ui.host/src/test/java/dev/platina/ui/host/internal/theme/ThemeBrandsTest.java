package dev.platina.ui.host.internal.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.notification.api.BrandDirectory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeBrandsTest {

    private final Theme northwind = theme("id=northwind\nproduct.name=Northwind AI Desk\npwa.theme-color=#0b5394\n"
            + "email.footer=Northwind Cloud Services \u00b7 support@northwind.example\norganizations=northwind");

    @Test
    void anEmailBrandCarriesTheThemesNameColourFooterAndRasterLogo(@TempDir Path dir) throws Exception {
        Path png = Files.write(dir.resolve("icon-192.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        BrandDirectory.Brand brand = ThemeBrands.brand(northwind, Optional.of(png.toUri().toURL()));

        assertThat(brand.themeId()).isEqualTo("northwind");
        assertThat(brand.productName()).isEqualTo("Northwind AI Desk");
        assertThat(brand.color()).isEqualTo("#0b5394");
        assertThat(brand.emailFooter()).isEqualTo("Northwind Cloud Services \u00b7 support@northwind.example");
        assertThat(brand.logo()).hasValueSatisfying(logo -> {
            assertThat(logo.mediaType()).isEqualTo("image/png");
            assertThat(logo.content()).hasSize(4);
        });
    }

    @Test
    void aLogoThatIsMissingOrTooLargeForAnEmailIsLeftOut(@TempDir Path dir) throws Exception {
        Path huge = Files.write(dir.resolve("icon-192.png"), new byte[ThemeBrands.MAX_LOGO_BYTES + 1]);

        assertThat(ThemeBrands.brand(northwind, Optional.of(huge.toUri().toURL())).logo()).isEmpty();
        assertThat(ThemeBrands.brand(northwind, Optional.of(dir.resolve("gone.png").toUri().toURL())).logo())
                .isEmpty();
        assertThat(ThemeBrands.brand(northwind, Optional.empty()).logo()).isEmpty();
    }

    private static Theme theme(String descriptor) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(descriptor));
            return Theme.parse(properties, 1L);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
