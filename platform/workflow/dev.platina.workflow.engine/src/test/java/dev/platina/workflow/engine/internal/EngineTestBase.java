package dev.platina.workflow.engine.internal;

import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh engine (its own node name, its own organisation) over the shared test database for every test. */
@ExtendWith(DatabaseExtension.class)
abstract class EngineTestBase {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    final PlatformTestDatabase database;
    EngineFixture fixture;

    EngineTestBase(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void startEngine() throws Exception {
        fixture = new EngineFixture(database, "node-" + UUID.randomUUID());
    }

    @AfterEach
    void stopEngine() throws Exception {
        fixture.close();
    }
}
