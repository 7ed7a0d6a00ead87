package dev.platina.ai.api;

import dev.platina.identity.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one way AI calls leave a skill or step: the organisation's provider answers; for an external provider the
 * conversation's personal data is masked before it leaves and put back in the answer; the monthly token budget is
 * checked first and the use metered after; every call is audited with the prompt and answer in masked form. Needs
 * {@code workflows:run} (steps act as their workflow's owner).
 */
@ProviderType
public interface AiGateway {

    /**
     * @param purpose what the call is for, for the audit trail ({@code classify}, {@code draft}...)
     * @throws dev.platina.core.api.LimitExceededException when the month's token budget is used up
     * @throws LanguageModelException when the provider gave no answer, saying why
     */
    ChatResponse chat(Caller caller, String purpose, ChatRequest request);
}
