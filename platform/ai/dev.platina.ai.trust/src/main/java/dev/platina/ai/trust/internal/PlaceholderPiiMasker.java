package dev.platina.ai.trust.internal;

import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.PiiMasker;
import org.osgi.service.component.annotations.Component;

/** Masks with rules and checksums only: no model, no dictionary of names, nothing leaves the process. */
@Component(service = PiiMasker.class)
public final class PlaceholderPiiMasker implements PiiMasker {

    @Override
    public MaskingSession session() {
        return new PlaceholderSession();
    }
}
