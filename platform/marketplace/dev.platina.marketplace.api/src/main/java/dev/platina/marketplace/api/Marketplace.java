package dev.platina.marketplace.api;

import dev.platina.identity.api.Caller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Skills offered by the configured repositories, and their life on this node. Reading the catalogue needs a
 * signed-in caller; changing what is installed needs the operator (an Admin of the platform organisation). Every
 * change is verified against the trusted publisher keys first, runs in the background one at a time, and is
 * audited.
 */
@ProviderType
public interface Marketplace {

    /**
     * Whether the caller may install, upgrade, roll back and uninstall skills here: it holds
     * {@code marketplace:install} in the platform organisation. Screens use it to offer only what will work.
     */
    boolean isOperator(Caller caller);

    /** The catalogue, optionally filtered by words matching name, summary, category or publisher. */
    List<CatalogSkill> catalog(Caller caller, String query);

    /**
     * Installs {@code version} of the skill (the newest when null), upgrading or downgrading an installed one.
     * Returns at once; poll {@link #installation}.
     */
    Installation install(Caller caller, String skillId, String version);

    /** Returns the skill to the version installed before the latest install or upgrade. */
    Installation rollback(Caller caller, String skillId);

    Optional<Installation> installation(Caller caller, UUID id);

    /** Repositories left out of the catalogue and why (unreachable, bad signature); empty for non-operators. */
    List<String> repositoryProblems(Caller caller);

    /** The skills running on this node. */
    List<InstalledSkill> installed(Caller caller);

    /**
     * Removes the skill from this node. Refused while organisations have it enabled unless {@code force}, which
     * also disables it for them.
     */
    void uninstall(Caller caller, String skillId, boolean force);
}
