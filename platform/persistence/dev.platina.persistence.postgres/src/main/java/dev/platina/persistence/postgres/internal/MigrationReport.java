package dev.platina.persistence.postgres.internal;

/** What {@link MigrationRunner} found and did: versions before and after, and how many ran now. */
record MigrationReport(int previousVersion, int currentVersion, int appliedNow, int latestKnownVersion) {

    boolean upToDate() {
        return currentVersion == latestKnownVersion;
    }
}
