package dev.platina.notification.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page scripts of this bundle, kept as .js files beside the classes so they read (and lint) as JavaScript. */
final class Scripts {

    static final String STATUS = load("push-status.js");
    static final String ENABLE = load("push-enable.js");
    static final String UNSUBSCRIBE = load("push-unsubscribe.js");

    private Scripts() {
    }

    /** A script body as Vaadin's {@code executeJs} runs it: an async function, so it may {@code await}. */
    static String asPromise(String body) {
        return "return (async () => {\n" + body + "\n})();";
    }

    private static String load(String name) {
        try (InputStream in = Scripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
