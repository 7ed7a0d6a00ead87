package dev.platina.marketplace.impl.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the configured repository locations into repositories. */
final class SkillRepositories {

    private SkillRepositories() {
    }

    static List<SkillRepository> open(String[] configured, Path builtIn, Duration timeout) {
        var locations = new ArrayList<String>();
        for (String entry : configured == null ? new String[0] : configured) {
            for (String part : entry.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    locations.add(asLocation(part.trim(), builtIn.toAbsolutePath().getParent()));
                }
            }
        }
        if (locations.isEmpty()) {
            locations.add(builtIn.toUri().toString());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        var repositories = new ArrayList<SkillRepository>();
        for (String location : locations) {
            repositories.add(open(location, client, timeout));
        }
        return List.copyOf(repositories);
    }

    /** A plain path is a folder: relative ones are read from the installation's home, like {@code marketplace}. */
    private static String asLocation(String configured, Path home) {
        if (configured.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            return configured;
        }
        return home.resolve(configured).normalize().toUri().toString();
    }

    static SkillRepository open(String location, HttpClient client, Duration timeout) {
        String scheme = location.contains(":") ? location.substring(0, location.indexOf(':')).toLowerCase(Locale.ROOT)
                : "";
        return switch (scheme) {
            case "file" -> new FileSkillRepository(location, Path.of(URI.create(location)));
            case "http", "https" -> new HttpSkillRepository(location, client, timeout);
            default -> throw new IllegalArgumentException("The skill repository '" + location + "' is neither a file:"
                    + " nor an http(s): URL.");
        };
    }
}
