package dev.platina.notification.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.persistence.api.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActionTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private final ActionTokens tokens = new ActionTokens(KEY);
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final UUID approval = UUID.randomUUID();
    private final UUID user = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void aTokenGrantsExactlyWhatItWasIssuedFor() {
        String token = tokens.issue(tenant, approval, user, "APPROVE", now);

        assertThat(tokens.verify(token, now.plusSeconds(60))).contains(new ActionTokens.Grant(tenant, approval, user,
                "APPROVE"));
    }

    @Test
    void forgedExpiredAndForeignTokensGrantNothing() {
        String token = tokens.issue(tenant, approval, user, "REJECT", now);
        String claims = token.substring(0, token.indexOf('.'));
        String otherClaims = tokens.issue(tenant, approval, user, "APPROVE", now);

        assertThat(tokens.verify(otherClaims.substring(0, otherClaims.indexOf('.')) + token.substring(
                token.indexOf('.')), now)).as("claims swapped under another signature").isEmpty();
        assertThat(tokens.verify(claims + ".AAAA", now)).isEmpty();
        assertThat(tokens.verify(token, now.plus(ActionTokens.LIFETIME).plusSeconds(1))).as("expired").isEmpty();
        assertThat(new ActionTokens("another key of thirty-two bytes!".getBytes()).verify(token, now)).isEmpty();
        assertThat(tokens.verify("not a token", now)).isEmpty();
        assertThat(tokens.verify(null, now)).isEmpty();
    }
}
