package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.identity.api.Caller;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.engine.internal.steps.NoteStep;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class StepRegistryTest {

    private static final TenantId ENABLED = new TenantId(UUID.randomUUID());
    private static final TenantId NOT_ENABLED = new TenantId(UUID.randomUUID());

    /** The marketplace's answer for a skill enabled in one organisation only, granting it nothing beyond. */
    private static final class OneOrganisationGate implements SkillGate {
        final Set<TenantId> enabled = new HashSet<>(Set.of(ENABLED));

        @Override
        public Optional<String> skillOf(Bundle bundle) {
            return Optional.of("notes");
        }

        @Override
        public Optional<Caller> actingFor(Caller caller, Bundle bundle) {
            return enabled.contains(caller.organization())
                    ? Optional.of(new Caller(caller.organization(), caller.userId(), caller.username(), caller.roles(),
                            Set.of(), caller.kind(), caller.requestId()))
                    : Optional.empty();
        }

        @Override
        public boolean changing() {
            return false;
        }
    }

    @Test
    void aSkillsStepTypeExistsOnlyForOrganisationsThatEnabledTheSkill() {
        var gate = new OneOrganisationGate();
        var registry = new StepRegistry(gate);
        registry.register(new NoteStep(), null);

        assertThat(registry.available(Caller.system(ENABLED, "test"))).extracting(d -> d.type())
                .containsExactly("note");
        assertThat(registry.available(Caller.system(NOT_ENABLED, "test"))).isEmpty();
        assertThat(registry.availableTo(NOT_ENABLED, "note")).isFalse();
        assertThat(registry.usable(Caller.system(ENABLED, "test"), "note").orElseThrow().actingAs().permissions())
                .as("the step acts with what the organisation granted the skill").isEmpty();

        gate.enabled.add(NOT_ENABLED);
        assertThat(registry.availableTo(NOT_ENABLED, "note")).isTrue();
    }

    @Test
    void aSecondProviderOfTheSameTypeIsIgnoredAndRemovingTheFirstRemovesTheType() {
        var registry = new StepRegistry(new OneOrganisationGate());
        var first = new NoteStep();
        registry.register(first, null);
        registry.register(new NoteStep(), null);

        registry.removeStep(first);

        assertThat(registry.availableTo(ENABLED, "note")).isFalse();
    }
}
