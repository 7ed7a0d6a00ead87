package dev.platina.marketplace.ui.internal;

import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.CatalogSkill.CatalogVersion;
import dev.platina.marketplace.api.InstalledSkill;
import dev.platina.marketplace.api.SkillDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * What the signed-in user can do with one skill at the version they picked, in the words the screen shows. Only
 * what will work is offered; when something cannot be done the reason says what to do instead.
 *
 * @param status where the skill stands for this node and organisation
 * @param change the install, upgrade or downgrade to the picked version, for the operator
 * @param changeBlocked why the picked version cannot be installed, or empty
 * @param rollbackTo the version a rollback returns to, for the operator
 * @param uninstall whether the operator may remove it
 * @param usersBlockingUninstall how many organisations use it (uninstalling turns it off for them)
 * @param enable the label of the enable button, or empty when the user cannot enable it
 * @param enableBlocked why it cannot be enabled yet, or empty
 * @param disable whether the user may turn it off for the organisation
 * @param permissionsFrom the version whose requested permissions are shown
 */
record SkillOffer(
        String status,
        Optional<Change> change,
        Optional<String> changeBlocked,
        Optional<String> rollbackTo,
        boolean uninstall,
        int usersBlockingUninstall,
        Optional<String> enable,
        Optional<String> enableBlocked,
        boolean disable,
        SkillDescriptor permissionsFrom) {

    /** A version change the operator can start, and its button label. */
    record Change(String label, String version) {
    }

    /** Who is looking: the operator changes what is installed, an admin with skills:enable what is enabled. */
    record Powers(boolean operator, boolean mayEnable) {
    }

    static SkillOffer of(CatalogSkill skill, Optional<String> pickedVersion, Optional<InstalledSkill> installed,
            Powers powers) {
        List<CatalogVersion> versions = skill.versions();
        Optional<CatalogVersion> picked = pickedVersion
                .flatMap(v -> versions.stream().filter(c -> c.descriptor().version().equals(v)).findFirst())
                .or(() -> versions.stream().findFirst());
        Optional<String> current = skill.installedVersion();
        SkillDescriptor shown = current
                .flatMap(v -> versions.stream().filter(c -> c.descriptor().version().equals(v)).findFirst())
                .map(CatalogVersion::descriptor)
                .or(() -> installed.map(InstalledSkill::descriptor))
                .orElseGet(() -> picked.orElseThrow(() -> new IllegalArgumentException(
                        "The skill " + skill.id() + " has no version")).descriptor());

        Optional<Change> change = Optional.empty();
        Optional<String> changeBlocked = Optional.empty();
        if (powers.operator() && picked.isPresent()) {
            CatalogVersion target = picked.get();
            String version = target.descriptor().version();
            if (!target.trusted()) {
                changeBlocked = Optional.of("Version " + version + " is signed with key " + target.publisherKey()
                        + ", which this platform does not trust. Add the publisher's key to etc/marketplace-keys to"
                        + " install it.");
            } else if (current.isEmpty()) {
                change = Optional.of(new Change("Install " + version, version));
            } else if (!current.get().equals(version)) {
                change = Optional.of(new Change(isNewer(versions, version, current.get())
                        ? "Upgrade to " + version : "Go back to " + version, version));
            }
        }

        boolean isInstalled = current.isPresent();
        Optional<String> enable = Optional.empty();
        Optional<String> enableBlocked = Optional.empty();
        if (powers.mayEnable()) {
            if (isInstalled) {
                enable = Optional.of(skill.enabled() ? "Save permissions" : "Enable for my organisation");
            } else {
                enableBlocked = Optional.of(powers.operator()
                        ? "Install it first; then enable it for your organisation here."
                        : "It is not installed on this platform yet. Ask your provider to install it; then you can"
                                + " enable it here.");
            }
        }
        return new SkillOffer(status(skill), change, changeBlocked,
                powers.operator() && isInstalled ? installed.flatMap(InstalledSkill::previousVersion)
                        : Optional.empty(),
                powers.operator() && isInstalled, installed.map(InstalledSkill::organizationsUsingIt).orElse(0),
                enable, enableBlocked, powers.mayEnable() && skill.enabled(), shown);
    }

    static String status(CatalogSkill skill) {
        if (skill.installedVersion().isEmpty()) {
            return "Not installed";
        }
        String version = skill.installedVersion().get();
        boolean newer = !skill.versions().isEmpty()
                && !skill.versions().get(0).descriptor().version().equals(version)
                && isNewer(skill.versions(), skill.versions().get(0).descriptor().version(), version);
        String installed = (skill.enabled() ? "Enabled · " : "Installed · ") + version;
        return newer ? installed + " · " + skill.versions().get(0).descriptor().version() + " available" : installed;
    }

    /** Whether {@code version} is listed before {@code than}: the catalogue lists versions newest first. */
    private static boolean isNewer(List<CatalogVersion> versions, String version, String than) {
        int candidate = indexOf(versions, version);
        int other = indexOf(versions, than);
        return other < 0 || candidate < other;
    }

    private static int indexOf(List<CatalogVersion> versions, String version) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).descriptor().version().equals(version)) {
                return i;
            }
        }
        return -1;
    }
}
