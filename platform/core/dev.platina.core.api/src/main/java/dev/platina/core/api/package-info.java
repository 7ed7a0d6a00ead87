/**
 * Failures every Platina service reports the same way, whatever the caller (REST, UI, shell, skill). The REST
 * layer turns each into its RFC 9457 problem; the UI into a message that says what to do.
 */
@Export
@Version("1.1.0")
package dev.platina.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
