package dev.platina.persistence.postgres.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/** The migrations a bundle carries as {@code db/migration/V<n>__<name>.sql} entries. */
final class BundleMigrations {

    static final String FOLDER = "db/migration";

    private BundleMigrations() {
    }

    static List<Migration> of(Bundle bundle) throws IOException {
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
        var migrations = new ArrayList<Migration>();
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            try (InputStream in = entry.openStream()) {
                migrations.add(Migration.fromFile(path.substring(path.lastIndexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return migrations;
    }
}
