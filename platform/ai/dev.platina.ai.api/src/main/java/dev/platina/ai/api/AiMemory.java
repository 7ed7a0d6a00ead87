package dev.platina.ai.api;

import dev.platina.identity.api.Caller;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An organisation's AI memory, learnt from the people's decisions on proposals. Each approve, edit or reject of a
 * remembered proposal is stored as feedback with personal data masked and the reviewer pseudonymised; nothing is
 * stored for people who opted out, and opting out purges what their decisions taught. One organisation's memory
 * never reaches another's proposals. Needs {@code workflows:run} except for a person's own consent.
 */
@ProviderType
public interface AiMemory {

    /**
     * What the caller's organisation has learnt: its decided cases, newest first (at most {@code limit}), with
     * personal data as placeholders, and the engine's learned state.
     */
    Recollection recall(Caller caller, String engine, int limit);

    /**
     * Remembers a proposal made in a run, so that the decision people take on the run's next approval becomes
     * feedback. The text is masked before it is stored.
     */
    void remember(Caller caller, UUID runId, String nodeId, String text, Proposal proposal);

    /**
     * The engine's raw confidence mapped to how often the organisation's people accepted proposals of similar raw
     * confidence; the raw value while too few outcomes are known.
     */
    Calibration calibrate(Caller caller, String engine, double rawConfidence);

    /** Whether the caller's own decisions are learnt from (on unless they opted out). */
    boolean learnsFrom(Caller caller);

    /**
     * Turns learning from the caller's own decisions on or off; off purges the feedback their decisions left and
     * rebuilds what was learnt without it. Audited.
     *
     * @return how many stored cases were purged
     */
    int setLearning(Caller caller, boolean on);
}
