package dev.platina.persistence.postgres.internal;

import dev.platina.health.api.HealthCheck;
import dev.platina.health.api.HealthResult;
import java.util.LinkedHashMap;

/** Reports the schema version the start left the database at; migrations run only at start. */
final class MigrationsHealthCheck implements HealthCheck {

    private final MigrationReport report;

    MigrationsHealthCheck(MigrationReport report) {
        this.report = report;
    }

    @Override
    public HealthResult check() {
        var details = new LinkedHashMap<String, Object>();
        details.put("schemaVersion", report.currentVersion());
        details.put("latestVersion", report.latestKnownVersion());
        details.put("appliedAtThisStart", report.appliedNow());
        return report.upToDate()
                ? HealthResult.up(details)
                : HealthResult.down("The schema is behind this build's migrations", details);
    }
}
