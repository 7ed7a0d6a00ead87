package dev.platina.marketplace.api;

import dev.platina.identity.api.Caller;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which installed skills the caller's organisation uses, and the permissions it granted each. Changing it needs
 * {@code skills:enable}; every change is audited in the organisation's trail.
 */
@ProviderType
public interface SkillEnablements {

    /**
     * Enables an installed skill for the caller's organisation and grants it {@code permissions}, a subset of those it
     * requests (null grants all of them). Enabling again replaces the grant.
     */
    EnabledSkill enable(Caller caller, String skillId, Set<String> permissions);

    /**
     * Disables the skill for the caller's organisation; its resources answer 404 and its views disappear.
     *
     * @throws dev.platina.core.api.NotFoundException when the organisation has not enabled it
     */
    void disable(Caller caller, String skillId);

    /** The skill as enabled in an organisation, with the permissions granted to it. */
    record EnabledSkill(String skillId, Set<String> grantedPermissions) {

        public EnabledSkill {
            grantedPermissions = Set.copyOf(grantedPermissions);
        }
    }
}
