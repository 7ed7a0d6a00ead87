/**
 * Who a REST request acts for. Resources of skills and platform modules read the caller here and hand it to
 * platform services, which check its permissions; for a skill's resource the platform has already narrowed it
 * to what the organisation granted the skill.
 */
@Export
@Version("1.0.0")
package dev.platina.identity.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
