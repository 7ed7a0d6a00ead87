package dev.platina.ai.api;

import dev.platina.identity.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The organisation's AI settings. Reading needs {@code workflows:read}; changing needs {@code settings:write}
 * (Admin) and is audited without the key.
 */
@ProviderType
public interface AiSettingsService {

    AiSettings get(Caller caller);

    /**
     * @throws dev.platina.core.api.InvalidInputException naming each wrong field (unknown provider, URL, limits)
     */
    AiSettings update(Caller caller, AiSettingsChange change);

    /** This month's use. */
    AiUsage usage(Caller caller);
}
