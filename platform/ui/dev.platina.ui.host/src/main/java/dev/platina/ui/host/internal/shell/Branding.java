package dev.platina.ui.host.internal.shell;

/** The brand a page is shown in. */
public record Branding(String productName) {

    public static final Branding DEFAULT = new Branding("Platina");

    public static Branding current() {
        return DEFAULT;
    }
}
