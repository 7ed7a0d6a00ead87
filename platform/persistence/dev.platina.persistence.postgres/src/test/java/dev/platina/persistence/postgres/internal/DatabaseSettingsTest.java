package dev.platina.persistence.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static final Path DATA = Path.of("/srv/platina/data");

    @Test
    void noUrlMeansTheEmbeddedDatabaseUnderTheKarafDataDirectory() {
        var settings = DatabaseSettings.resolve(config("", ""), Map.of(), DATA);

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.embeddedDirectory()).isEqualTo(DATA.resolve("postgres"));
        assertThat(settings.appUser()).isEqualTo("platina_app");
    }

    @Test
    void environmentVariablesWinOverTheConfiguration() {
        var settings = DatabaseSettings.resolve(config("jdbc:postgresql://db1/platina", "cfg"),
                Map.of("PLATINA_DB_URL", "jdbc:postgresql://db2/platina", "PLATINA_DB_USER", "env_owner",
                        "PLATINA_DB_POOL_SIZE", "50"), DATA);

        assertThat(settings.externalUrl()).contains("jdbc:postgresql://db2/platina");
        assertThat(settings.ownerUser()).isEqualTo("env_owner");
        assertThat(settings.maxPoolSize()).isEqualTo(50);
    }

    @Test
    void externalUrlNeedsAnOwnerLogin() {
        assertThatThrownBy(() -> DatabaseSettings.resolve(config("", ""),
                Map.of("PLATINA_DB_URL", "jdbc:postgresql://db/platina"), DATA))
                .hasMessageContaining("PLATINA_DB_USER");
    }

    @Test
    void nonPostgresUrlIsRefusedWithoutEchoingCredentials() {
        assertThatThrownBy(() -> DatabaseSettings.resolve(config("", ""),
                Map.of("PLATINA_DB_URL", "jdbc:mysql://db/platina?password=hunter2", "PLATINA_DB_USER", "u"), DATA))
                .hasMessageContaining("PostgreSQL JDBC URL")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void applicationRoleMustNotBeTheOwner() {
        assertThatThrownBy(() -> DatabaseSettings.resolve(config("jdbc:postgresql://db/p", "platina_app"), Map.of(),
                DATA)).hasMessageContaining("must differ from the owner");
    }

    private static DatabaseConfiguration config(String url, String user) {
        return new DatabaseConfiguration() {
            @Override public Class<? extends Annotation> annotationType() { return DatabaseConfiguration.class; }
            @Override public String url() { return url; }
            @Override public String user() { return user; }
            @Override public String password() { return ""; }
            @Override public String appUser() { return "platina_app"; }
            @Override public String appPassword() { return ""; }
            @Override public int embeddedPort() { return 0; }
            @Override public String embeddedDirectory() { return ""; }
            @Override public int maxPoolSize() { return 20; }
        };
    }
}
