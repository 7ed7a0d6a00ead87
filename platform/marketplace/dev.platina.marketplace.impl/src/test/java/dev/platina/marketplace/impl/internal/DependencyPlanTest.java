package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.ConflictException;
import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.marketplace.api.SkillDescriptor.SkillRequirement;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DependencyPlanTest {

    private static final String TRUSTED = "aaaaaaaaaaaaaaaa";
    private static final String UNTRUSTED = "bbbbbbbbbbbbbbbb";
    private static final Predicate<String> TRUSTS = TRUSTED::equals;

    private static final SkillRepository REPOSITORY = new SkillRepository() {
        @Override
        public String location() {
            return "file:/repo";
        }

        @Override
        public byte[] read(String path, long maxBytes) throws IOException {
            throw new IOException("not used by the plan");
        }
    };

    @Test
    void skillWithoutRequirementsIsPlannedAlone() {
        PublishedSkill crm = skill("crm", "1.0.0", TRUSTED);

        assertThat(DependencyPlan.resolve(crm, List.of(crm), Map.of(), TRUSTS)).containsExactly(crm);
    }

    @Test
    void missingRequirementIsPlannedFirstAtNewestTrustedVersion() {
        PublishedSkill mail10 = skill("mail", "1.0.0", TRUSTED);
        PublishedSkill mail12 = skill("mail", "1.2.0", TRUSTED);
        PublishedSkill mail20Untrusted = skill("mail", "2.0.0", UNTRUSTED);
        PublishedSkill crm = skill("crm", "1.0.0", TRUSTED, requires("mail", "1.0"));

        List<PublishedSkill> plan = DependencyPlan.resolve(crm, List.of(mail10, mail12, mail20Untrusted, crm),
                Map.of(), TRUSTS);

        assertThat(plan).containsExactly(mail12, crm);
    }

    @Test
    void publishedVersionBelowMinimumIsNotChosen() {
        PublishedSkill mail09 = skill("mail", "0.9.0", TRUSTED);
        PublishedSkill crm = skill("crm", "1.0.0", TRUSTED, requires("mail", "1.0"));

        assertThatThrownBy(() -> DependencyPlan.resolve(crm, List.of(mail09, crm), Map.of(), TRUSTS))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("'mail' 1.0 or later");
    }

    @Test
    void requirementInstalledAtSufficientVersionIsNotPlanned() {
        PublishedSkill mail = skill("mail", "1.5.0", TRUSTED);
        PublishedSkill crm = skill("crm", "1.0.0", TRUSTED, requires("mail", "1.0"));

        List<PublishedSkill> plan = DependencyPlan.resolve(crm, List.of(mail, crm), Map.of("mail", "1.1.0"), TRUSTS);

        assertThat(plan).containsExactly(crm);
    }

    @Test
    void requirementInstalledAtOlderVersionIsUpgraded() {
        PublishedSkill mail = skill("mail", "1.5.0", TRUSTED);
        PublishedSkill crm = skill("crm", "1.0.0", TRUSTED, requires("mail", "1.2"));

        List<PublishedSkill> plan = DependencyPlan.resolve(crm, List.of(mail, crm), Map.of("mail", "1.1.0"), TRUSTS);

        assertThat(plan).containsExactly(mail, crm);
    }

    @Test
    void transitiveRequirementsComeInDependencyOrder() {
        PublishedSkill core = skill("core", "1.0.0", TRUSTED);
        PublishedSkill mail = skill("mail", "1.0.0", TRUSTED, requires("core", "1.0"));
        PublishedSkill crm = skill("crm", "1.0.0", TRUSTED, requires("mail", "1.0"), requires("core", "1.0"));

        List<PublishedSkill> plan = DependencyPlan.resolve(crm, List.of(crm, mail, core), Map.of(), TRUSTS);

        assertThat(plan).containsExactly(core, mail, crm);
    }

    @Test
    void requirementOfferedOnlyByUntrustedPublisherIsConflict() {
        PublishedSkill mail = skill("mail", "1.0.0", UNTRUSTED);
        PublishedSkill crm = skill("crm", "1.0.0", TRUSTED, requires("mail", "1.0"));

        assertThatThrownBy(() -> DependencyPlan.resolve(crm, List.of(mail, crm), Map.of(), TRUSTS))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Skill crm requires the skill 'mail'")
                .hasMessageContaining("trusted publisher");
    }

    @Test
    void cycleOfRequirementsIsConflict() {
        PublishedSkill a = skill("alpha", "1.0.0", TRUSTED, requires("beta", "1.0"));
        PublishedSkill b = skill("beta", "1.0.0", TRUSTED, requires("alpha", "1.0"));

        assertThatThrownBy(() -> DependencyPlan.resolve(a, List.of(a, b), Map.of(), TRUSTS))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("alpha -> beta -> alpha");
    }

    private static SkillRequirement requires(String skill, String minimumVersion) {
        return new SkillRequirement(skill, minimumVersion);
    }

    private static PublishedSkill skill(String id, String version, String publisherKey, SkillRequirement... requires) {
        var descriptor = new SkillDescriptor(id, "Skill " + id, version, "Acme", "", "Other", "", "0",
                "platina-skill-" + id, Arrays.asList(requires), List.of(), List.of());
        return new PublishedSkill(descriptor, REPOSITORY, publisherKey, List.of());
    }
}
