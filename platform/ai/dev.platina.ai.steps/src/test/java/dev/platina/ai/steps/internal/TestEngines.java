package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiMemory;
import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.ai.api.AiSettingsService;
import dev.platina.ai.api.AiUsage;
import dev.platina.ai.api.Calibration;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.Recollection;
import dev.platina.ai.offline.internal.OfflineCaseReasoner;
import dev.platina.ai.trust.internal.PlaceholderPiiMasker;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepDescriptor;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.DoubleUnaryOperator;

/**
 * The steps' collaborators for tests: the real masker and the real offline engine; the organisation's settings, step
 * types and memory as plain values (their real services are tested in their own modules).
 */
final class TestEngines {

    private static OfflineCaseReasoner offline;

    private TestEngines() {
    }

    static AiEngines external() {
        return engines(new AiSettings("anthropic", "", "claude", true, 60, 2, Map.of(), 0, Optional.empty(),
                Optional.empty()), List.of());
    }

    static AiEngines offline(List<StepDescriptor> stepTypes) {
        AiEngines engines = engines(AiSettings.defaults(), stepTypes);
        engines.bindOffline(offlineEngine());
        return engines;
    }

    static AiEngines engines(AiSettings settings, List<StepDescriptor> stepTypes) {
        return new AiEngines(new FixedSettings(settings), new PlaceholderPiiMasker(), caller -> stepTypes);
    }

    static synchronized OfflineCaseReasoner offlineEngine() {
        if (offline == null) {
            offline = new OfflineCaseReasoner();
        }
        return offline;
    }

    /** A memory holding given cases, recording what is remembered, calibrating with a given function. */
    static final class Memory implements AiMemory {

        final List<PastCase> cases = new ArrayList<>();
        final List<String> remembered = new ArrayList<>();
        final List<String> recalledFor = new ArrayList<>();
        DoubleUnaryOperator calibration = raw -> raw;
        int outcomes;

        @Override
        public Recollection recall(Caller caller, String engine, int limit) {
            recalledFor.add(engine);
            return new Recollection(cases, new byte[0]);
        }

        @Override
        public void remember(Caller caller, UUID runId, String nodeId, String text, Proposal proposal) {
            remembered.add(nodeId + "|" + text + "|" + proposal.action() + "|" + proposal.confidence());
        }

        @Override
        public Calibration calibrate(Caller caller, String engine, double rawConfidence) {
            return new Calibration(rawConfidence, calibration.applyAsDouble(rawConfidence), outcomes);
        }

        @Override
        public boolean learnsFrom(Caller caller) {
            return true;
        }

        @Override
        public int setLearning(Caller caller, boolean on) {
            return 0;
        }
    }

    private record FixedSettings(AiSettings settings) implements AiSettingsService {

        @Override
        public AiSettings get(Caller caller) {
            return settings;
        }

        @Override
        public AiSettings update(Caller caller, AiSettingsChange change) {
            throw new UnsupportedOperationException("settings are fixed in these tests");
        }

        @Override
        public AiUsage usage(Caller caller) {
            return new AiUsage(YearMonth.now(), 0, 0, 0, 0);
        }
    }
}
