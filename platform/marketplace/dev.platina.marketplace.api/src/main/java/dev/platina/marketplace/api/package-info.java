/**
 * The marketplace: which skills the configured repositories offer ({@link dev.platina.marketplace.api.Marketplace}),
 * which organisations use which installed skill with which permissions
 * ({@link dev.platina.marketplace.api.SkillEnablements}), and the {@link dev.platina.marketplace.api.SkillGate} the
 * platform puts in front of every skill's resources and views.
 */
@Export
@Version("1.1.0")
package dev.platina.marketplace.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
