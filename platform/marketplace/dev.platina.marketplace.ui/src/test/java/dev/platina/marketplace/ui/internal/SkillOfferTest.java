package dev.platina.marketplace.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.InstalledSkill;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillOfferTest {

    private static final SkillOffer.Powers OPERATOR = new SkillOffer.Powers(true, true);
    private static final SkillOffer.Powers TENANT_ADMIN = new SkillOffer.Powers(false, true);
    private static final SkillOffer.Powers MANAGER = new SkillOffer.Powers(false, false);

    @Test
    void theOperatorIsOfferedTheNewestVersionOfASkillNotInstalledYet() {
        SkillOffer offer = SkillOffer.of(Skills.published("iban", "1.0.0", "0.9.0"), Optional.empty(),
                Optional.empty(), OPERATOR);

        assertThat(offer.change()).contains(new SkillOffer.Change("Install 1.0.0", "1.0.0"));
        assertThat(offer.status()).isEqualTo("Not installed");
        assertThat(offer.uninstall()).isFalse();
        assertThat(offer.rollbackTo()).isEmpty();
        assertThat(offer.enable()).isEmpty();
        assertThat(offer.enableBlocked()).hasValueSatisfying(reason -> assertThat(reason).contains("Install it first"));
    }

    @Test
    void aNewerPickedVersionIsAnUpgradeAndAnOlderOneGoesBack() {
        CatalogSkill installed = Skills.skill("iban", Optional.of("0.9.0"), false, Set.of(), "1.1.0", "1.0.0", "0.9.0");
        var record = Optional.of(new InstalledSkill(Skills.descriptor("iban", "0.9.0"), Optional.empty(), 0));

        assertThat(SkillOffer.of(installed, Optional.of("1.0.0"), record, OPERATOR).change())
                .contains(new SkillOffer.Change("Upgrade to 1.0.0", "1.0.0"));
        CatalogSkill newer = Skills.skill("iban", Optional.of("1.1.0"), false, Set.of(), "1.1.0", "1.0.0", "0.9.0");
        assertThat(SkillOffer.of(newer, Optional.of("0.9.0"), record, OPERATOR).change())
                .contains(new SkillOffer.Change("Go back to 0.9.0", "0.9.0"));
        assertThat(SkillOffer.of(newer, Optional.of("1.1.0"), record, OPERATOR).change())
                .as("the installed version offers no change").isEmpty();
    }

    @Test
    void anInstalledSkillOffersRollbackAndUninstallWithTheOrganisationsUsingIt() {
        CatalogSkill skill = Skills.skill("iban", Optional.of("1.0.0"), true, Set.of(), "1.0.0", "0.9.0");
        var record = Optional.of(new InstalledSkill(Skills.descriptor("iban", "1.0.0"), Optional.of("0.9.0"), 3));

        SkillOffer offer = SkillOffer.of(skill, Optional.empty(), record, OPERATOR);

        assertThat(offer.rollbackTo()).contains("0.9.0");
        assertThat(offer.uninstall()).isTrue();
        assertThat(offer.usersBlockingUninstall()).isEqualTo(3);
        assertThat(offer.enable()).contains("Save permissions");
        assertThat(offer.disable()).isTrue();
        assertThat(offer.status()).isEqualTo("Enabled · 1.0.0");
    }

    @Test
    void aVersionSignedByAnUntrustedKeyIsNotOfferedAndTheReasonSaysWhatToDo() {
        SkillOffer offer = SkillOffer.of(Skills.untrusted("stranger", "2.0.0"), Optional.empty(), Optional.empty(),
                OPERATOR);

        assertThat(offer.change()).isEmpty();
        assertThat(offer.changeBlocked()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("0000aaaa1111bbbb", "does not trust", "etc/marketplace-keys"));
    }

    @Test
    void aTenantAdminMayEnableAnInstalledSkillButNeverChangeWhatIsInstalled() {
        CatalogSkill skill = Skills.skill("directory", Optional.of("1.0.0"), false, Set.of(), "1.1.0", "1.0.0");

        SkillOffer offer = SkillOffer.of(skill, Optional.of("1.1.0"), Optional.empty(), TENANT_ADMIN);

        assertThat(offer.change()).isEmpty();
        assertThat(offer.rollbackTo()).isEmpty();
        assertThat(offer.uninstall()).isFalse();
        assertThat(offer.enable()).contains("Enable for my organisation");
        assertThat(offer.disable()).isFalse();
        assertThat(offer.status()).isEqualTo("Installed · 1.0.0 · 1.1.0 available");
        assertThat(offer.permissionsFrom().version()).as("the permissions of the version running here").isEqualTo("1.0.0");
    }

    @Test
    void aTenantAdminIsToldToAskTheProviderForASkillNotInstalled() {
        SkillOffer offer = SkillOffer.of(Skills.published("directory", "1.0.0"), Optional.empty(), Optional.empty(),
                TENANT_ADMIN);

        assertThat(offer.enable()).isEmpty();
        assertThat(offer.enableBlocked()).hasValueSatisfying(reason -> assertThat(reason).contains("Ask your provider"));
    }

    @Test
    void someoneWithoutSkillsEnableOnlyReads() {
        CatalogSkill skill = Skills.skill("directory", Optional.of("1.0.0"), true, Set.of("users:read"), "1.0.0");

        SkillOffer offer = SkillOffer.of(skill, Optional.empty(), Optional.empty(), MANAGER);

        assertThat(offer.change()).isEmpty();
        assertThat(offer.enable()).isEmpty();
        assertThat(offer.enableBlocked()).isEmpty();
        assertThat(offer.disable()).isFalse();
    }
}
