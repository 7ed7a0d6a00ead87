package dev.platina.marketplace.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OsgiVersionTest {

    @Test
    void missingPartsCountAsZero() {
        assertThat(OsgiVersion.parse("1.0")).isEqualTo(OsgiVersion.parse("1.0.0"));
        assertThat(OsgiVersion.parse("2")).hasToString("2.0.0");
    }

    @Test
    void versionsOrderByNumberNotByText() {
        assertThat(OsgiVersion.parse("0.9.0")).isLessThan(OsgiVersion.parse("1.0.0"));
        assertThat(OsgiVersion.parse("1.9.0")).isLessThan(OsgiVersion.parse("1.10.0"));
        assertThat(OsgiVersion.parse("1.0.0")).isLessThan(OsgiVersion.parse("1.0.0.beta"));
    }

    @Test
    void textThatIsNoVersionIsRefused() {
        assertThatThrownBy(() -> OsgiVersion.parse("1.0.0-SNAPSHOT"))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("not an OSGi version");
    }
}
