/**
 * Health reporting: a bundle that owns a resource the platform depends on (the database, a broker, a remote
 * service) registers a {@link dev.platina.health.api.HealthCheck} service, and {@code GET /api/health} shows it.
 */
@Export
@Version("1.0.0")
package dev.platina.health.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
