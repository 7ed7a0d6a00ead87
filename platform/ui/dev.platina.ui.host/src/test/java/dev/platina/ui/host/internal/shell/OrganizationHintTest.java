package dev.platina.ui.host.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationHintTest {

    @Test
    void takesTheFirstLabelOfACompanyHostName() {
        assertThat(OrganizationHint.fromHostName("acme.platina.example")).isEqualTo("acme");
        assertThat(OrganizationHint.fromHostName("Acme.localhost:8080")).isEqualTo("acme");
    }

    @Test
    void guessesNothingForPlainAddresses() {
        assertThat(OrganizationHint.fromHostName("127.0.0.1:8080")).isEmpty();
        assertThat(OrganizationHint.fromHostName("localhost:8080")).isEmpty();
        assertThat(OrganizationHint.fromHostName("[::1]:8080")).isEmpty();
        assertThat(OrganizationHint.fromHostName("www.platina.example")).isEmpty();
    }
}
