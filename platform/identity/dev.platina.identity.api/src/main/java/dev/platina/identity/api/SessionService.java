package dev.platina.identity.api;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Who is signed in to the caller's organisation ({@code sessions:read}), and ending a session. */
@ProviderType
public interface SessionService {

    List<SessionInfo> list(Caller caller);

    /** Ends a session: one's own, or anyone's with {@code users:write}. */
    void revoke(Caller caller, UUID sessionId);
}
