package dev.platina.skill.email.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.persistence.api.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A connection with the values an administrator entered, as the kit hands it to the skill, for tests that talk to
 * the mail servers without the kit's database. The password field is the secret.
 */
record MailboxConnection(UUID id, Map<String, String> settings, Map<String, String> secrets) implements Connection {

    static MailboxConnection of(Map<String, String> fields) {
        var settings = new HashMap<>(fields);
        var secrets = new HashMap<String, String>();
        String password = settings.remove(EmailConnector.PASSWORD);
        if (password != null) {
            secrets.put(EmailConnector.PASSWORD, password);
        }
        return new MailboxConnection(UUID.randomUUID(), Map.copyOf(settings), Map.copyOf(secrets));
    }

    @Override
    public TenantId organization() {
        return new TenantId(UUID.nameUUIDFromBytes(id.toString().getBytes()));
    }

    @Override
    public String connectorId() {
        return EmailConnector.ID;
    }

    @Override
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String accessToken() throws NeedsAuthorisationException {
        throw new NeedsAuthorisationException("E-mail signs in with a user name and password, not OAuth 2.0");
    }

    @Override
    public void healthy() {
    }

    @Override
    public void failed(String plainWords) {
    }

    @Override
    public void auditRefusal(String what, String reason, Map<String, String> details) {
        throw new UnsupportedOperationException("This stand-in keeps no audit trail");
    }
}
