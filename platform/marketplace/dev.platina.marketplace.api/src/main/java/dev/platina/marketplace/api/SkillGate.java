package dev.platina.marketplace.api;

import dev.platina.identity.api.Caller;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * What the platform asks before a skill's code serves a caller. A bundle carrying {@code SKILL-INF/skill.json} is a
 * skill; any other bundle is part of the platform and passes unchanged.
 */
@ProviderType
public interface SkillGate {

    /** The skill id of the bundle, if it is a skill. */
    Optional<String> skillOf(Bundle bundle);

    /**
     * The caller the bundle's code may act for: unchanged for platform bundles; for a skill, the caller narrowed to
     * the permissions its organisation granted the skill, or empty when the organisation has not enabled it (the
     * skill must then behave as if it did not exist).
     */
    Optional<Caller> actingFor(Caller caller, Bundle bundle);

    /**
     * Whether skills are being installed, upgraded or removed right now, so a skill's resources may be missing for a
     * moment; the front door then holds requests that found no resource instead of failing them.
     */
    boolean changing();
}
