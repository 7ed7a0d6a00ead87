/**
 * The audit trail: an append-only, per-organisation hash-chained record of every security-relevant action.
 * Reading it is subject to the {@code audit:read} permission, checked by the services that expose it.
 */
@Export
@Version("1.0.0")
package dev.platina.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
