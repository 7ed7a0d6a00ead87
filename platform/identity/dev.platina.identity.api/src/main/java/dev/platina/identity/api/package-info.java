/**
 * Who is calling and what they may do: organisations (platform, resellers, tenants), users, roles and
 * permissions. Every service that acts for a person takes a {@link dev.platina.identity.api.Caller} and checks
 * the permission it needs itself, so REST, UI, shell commands and skills are held to the same rules.
 */
@Export
@Version("1.1.0")
package dev.platina.identity.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
