package dev.platina.notification.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppLinksTest {

    private final AppLinks links = new AppLinks("https://acme.platina.test/");

    @Test
    void pathsBecomeAbsoluteOnThePublicOrigin() {
        assertThat(links.absolute("/approvals/42?tab=history"))
                .hasValue("https://acme.platina.test/approvals/42?tab=history");
        assertThat(links.absolute("approvals/42")).hasValue("https://acme.platina.test/approvals/42");
        assertThat(links.absolute("https://acme.platina.test/runs/7")).hasValue("https://acme.platina.test/runs/7");
        assertThat(links.home()).isEqualTo("https://acme.platina.test/");
    }

    @Test
    void linksLeadingElsewhereAreDropped() {
        assertThat(links.absolute("https://evil.test/login")).isEmpty();
        assertThat(links.absolute("//evil.test/login")).isEmpty();
        assertThat(links.absolute("javascript:alert(1)")).isEmpty();
        assertThat(links.absolute("http://acme.platina.test/approvals/42")).isEmpty();
        assertThat(links.absolute("/a path with spaces")).isEmpty();
        assertThat(links.absolute(" ")).isEmpty();
    }

    @Test
    void originMustBeABareWebAddress() {
        assertThat(new AppLinks("http://127.0.0.1:8080").absolute("/x")).hasValue("http://127.0.0.1:8080/x");
        assertThatThrownBy(() -> new AppLinks("ftp://acme.test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppLinks("https://acme.test/app")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppLinks("acme.test")).isInstanceOf(IllegalArgumentException.class);
    }
}
