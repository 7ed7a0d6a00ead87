package dev.platina.marketplace.ui.internal;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.Installation;
import dev.platina.marketplace.api.InstalledSkill;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The marketplace screen's state and calls, for one signed-in user: the catalogue as they may see it, what they may
 * do with each skill, and the plain-words message for anything that goes wrong.
 */
final class MarketplacePresenter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which part of the catalogue to list. */
    enum Show {
        ALL("All skills", skill -> true),
        INSTALLED("Installed", skill -> skill.installedVersion().isPresent()),
        ENABLED("Enabled for my organisation", CatalogSkill::enabled);

        private final String label;
        private final transient Predicate<CatalogSkill> filter;

        Show(String label, Predicate<CatalogSkill> filter) {
            this.label = label;
            this.filter = filter;
        }

        String label() {
            return label;
        }
    }

    /** One skill with what the user may do with it. */
    record SkillPage(CatalogSkill skill, Optional<InstalledSkill> installed, SkillOffer.Powers powers) {

        SkillOffer offer(Optional<String> pickedVersion) {
            return SkillOffer.of(skill, pickedVersion, installed, powers);
        }
    }

    private final MarketplaceAccess access;
    private final Caller caller;
    private final SkillOffer.Powers powers;

    MarketplacePresenter(MarketplaceAccess access, Caller caller) {
        this.access = access;
        this.caller = caller;
        this.powers = new SkillOffer.Powers(access.marketplace(m -> m.isOperator(caller)),
                caller.has(Permission.SKILLS_ENABLE));
    }

    SkillOffer.Powers powers() {
        return powers;
    }

    List<CatalogSkill> catalogue(String query, Show show) {
        return access.marketplace(m -> m.catalog(caller, query)).stream().filter(show.filter).toList();
    }

    /** Repositories left out of the catalogue and why; only the operator sees these. */
    List<String> repositoryProblems() {
        return access.marketplace(m -> m.repositoryProblems(caller));
    }

    Optional<SkillPage> skill(String id) {
        Optional<CatalogSkill> skill = access.marketplace(m -> m.catalog(caller, null)).stream()
                .filter(s -> s.id().equals(id)).findFirst();
        if (skill.isEmpty()) {
            return Optional.empty();
        }
        Optional<InstalledSkill> installed = powers.operator()
                ? access.marketplace(m -> m.installed(caller)).stream()
                        .filter(s -> s.descriptor().id().equals(id)).findFirst()
                : Optional.empty();
        return Optional.of(new SkillPage(skill.get(), installed, powers));
    }

    Installation install(String id, String version) {
        return access.marketplace(m -> m.install(caller, id, version));
    }

    Installation rollback(String id) {
        return access.marketplace(m -> m.rollback(caller, id));
    }

    Optional<Installation> installation(UUID id) {
        return access.marketplace(m -> m.installation(caller, id));
    }

    void uninstall(String id, boolean force) {
        access.marketplace(m -> {
            m.uninstall(caller, id, force);
            return null;
        });
    }

    void enable(String id, Set<String> permissions) {
        access.enablements(e -> e.enable(caller, id, permissions));
    }

    void disable(String id) {
        access.enablements(e -> {
            e.disable(caller, id);
            return null;
        });
    }

    /** What to tell the operator when an install, upgrade or rollback finished well. */
    static String doneMessage(Installation done, String skillName) {
        return switch (done.action()) {
            case INSTALL -> skillName + " " + done.version() + " is installed. Organisations can enable it now.";
            case UPGRADE -> skillName + " is upgraded to " + done.version() + "; organisations that use it kept their"
                    + " permissions.";
            case ROLLBACK -> skillName + " is back at version " + done.version() + ".";
        };
    }

    /** What to tell the user when a call failed: the service's own words where it has them. */
    static String messageFor(RuntimeException failure) {
        if (failure instanceof ConflictException || failure instanceof NotFoundException
                || failure instanceof AccessDeniedException || failure instanceof InvalidInputException
                || failure instanceof LimitExceededException || failure instanceof MarketplaceUnavailableException) {
            return failure.getMessage();
        }
        return "The marketplace could not do that: " + failure.getMessage() + " Try again; if it keeps failing, tell"
                + " your operator.";
    }
}
