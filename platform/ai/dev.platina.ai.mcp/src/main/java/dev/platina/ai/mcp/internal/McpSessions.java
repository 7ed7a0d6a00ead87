package dev.platina.ai.mcp.internal;

import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The MCP endpoint's sessions, in memory: who opened each (a session is only valid for the same person), which
 * client it is (shown to approvers) and the protocol version agreed. Sessions are a convenience: clients may also
 * call without one; after a restart a client that sends a forgotten session id gets 404 and initialises again.
 */
final class McpSessions {

    private static final int MOST_SESSIONS = 10_000;
    private static final Duration IDLE = Duration.ofHours(24);

    record Session(String id, TenantId organization, UUID userId, String clientName, String clientVersion,
            String protocolVersion) {
    }

    private record Entry(Session session, Instant lastSeen) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Entry> sessions = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MOST_SESSIONS;
        }
    };

    McpSessions(Clock clock) {
        this.clock = clock;
    }

    synchronized Session open(Caller caller, String clientName, String clientVersion, String protocolVersion) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        var session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                caller.organization(), caller.userId(), clientName, clientVersion, protocolVersion);
        sessions.put(session.id(), new Entry(session, clock.instant()));
        return session;
    }

    /** The caller's session with this id, if it is still open. */
    synchronized Optional<Session> find(String id, Caller caller) {
        Entry entry = sessions.get(id);
        if (entry == null || !entry.session().organization().equals(caller.organization())
                || !Objects.equals(entry.session().userId(), caller.userId())) {
            return Optional.empty();
        }
        if (entry.lastSeen().plus(IDLE).isBefore(clock.instant())) {
            sessions.remove(id);
            return Optional.empty();
        }
        sessions.put(id, new Entry(entry.session(), clock.instant()));
        return Optional.of(entry.session());
    }

    synchronized boolean close(String id, Caller caller) {
        if (find(id, caller).isEmpty()) {
            return false;
        }
        sessions.remove(id);
        return true;
    }
}
