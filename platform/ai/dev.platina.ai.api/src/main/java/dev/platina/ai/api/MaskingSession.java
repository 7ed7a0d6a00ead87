package dev.platina.ai.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The placeholders of one conversation: the same value always gets the same placeholder. */
@ProviderType
public interface MaskingSession {

    /** The text with personal data replaced by placeholders. */
    String mask(String text);

    /** The text with this session's placeholders replaced by the originals; unknown placeholders stay as they are. */
    String unmask(String text);

    /** Placeholder to original, for audit in masked form never to be logged. */
    Map<String, String> placeholders();
}
