package dev.platina.persistence.postgres.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The effective database settings: environment variables over the OSGi configuration over defaults.
 * An empty {@link #externalUrl} means the embedded PostgreSQL.
 */
record DatabaseSettings(
        Optional<String> externalUrl,
        String ownerUser,
        String ownerPassword,
        String appUser,
        Optional<String> appPassword,
        int embeddedPort,
        Path embeddedDirectory,
        int maxPoolSize) {

    static final String DATABASE_NAME = "platina";

    boolean embedded() {
        return externalUrl.isEmpty();
    }

    static DatabaseSettings resolve(DatabaseConfiguration config, Map<String, String> env, Path karafData) {
        Optional<String> url = pick(env, "PLATINA_DB_URL", config.url());
        String user = pick(env, "PLATINA_DB_USER", config.user()).orElse("");
        String password = pick(env, "PLATINA_DB_PASSWORD", config.password()).orElse("");
        if (url.isPresent()) {
            if (!url.get().startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("PLATINA_DB_URL must be a PostgreSQL JDBC URL"
                        + " (jdbc:postgresql://host:5432/database), not " + redact(url.get()));
            }
            if (user.isEmpty()) {
                throw new IllegalArgumentException("PLATINA_DB_URL is set but PLATINA_DB_USER is not: name the login"
                        + " that owns the Platina schema.");
            }
        }
        String appUser = pick(env, "PLATINA_DB_APP_USER", config.appUser()).orElse("platina_app");
        if (appUser.equals(user)) {
            throw new IllegalArgumentException("The application role (" + appUser + ") must differ from the owner"
                    + " login: an owner is not bound by row-level security.");
        }
        int port = Integer.parseInt(pick(env, "PLATINA_DB_EMBEDDED_PORT", Integer.toString(config.embeddedPort()))
                .orElse("0"));
        int poolSize = Integer.parseInt(pick(env, "PLATINA_DB_POOL_SIZE", Integer.toString(config.maxPoolSize()))
                .orElse("20"));
        Path directory = config.embeddedDirectory().isBlank()
                ? karafData.resolve("postgres")
                : Path.of(config.embeddedDirectory());
        return new DatabaseSettings(url, user, password, appUser,
                pick(env, "PLATINA_DB_APP_PASSWORD", config.appPassword()), port, directory.toAbsolutePath(),
                poolSize);
    }

    /** The URL without credentials, for messages and the health report. */
    static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private static Optional<String> pick(Map<String, String> env, String variable, String configured) {
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.trim());
        }
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(configured.trim());
    }
}
