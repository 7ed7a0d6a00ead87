package dev.platina.integration.impl.internal;

import dev.platina.integration.api.ConnectorStatus;
import dev.platina.integration.api.CredentialField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A connector and the organisation's connection to it, as the API shows them (never a secret's value). */
public record ConnectorView(String id, String name, String description, List<FieldView> fields,
        boolean authorisedWithOAuth, String state, String connectionId, Map<String, String> settings,
        Set<String> secretsSet, String lastError, String lastErrorAt, String lastSuccessAt, String connectedAt,
        String connectedBy, String webhookPath) {

    /** A field of the connection form. */
    public record FieldView(String name, String label, boolean secret, boolean required, String help,
            String defaultValue) {

        static FieldView of(CredentialField f) {
            return new FieldView(f.name(), f.label(), f.secret(), f.required(), f.help(),
                    f.defaultValue().orElse(null));
        }
    }

    static ConnectorView of(ConnectorStatus s) {
        return new ConnectorView(s.connector().id(), s.connector().name(), s.connector().description(),
                s.connector().fields().stream().map(FieldView::of).toList(), s.connector().oauth2().isPresent(),
                s.state().name(), s.connectionId().map(Object::toString).orElse(null), s.settings(), s.secretsSet(),
                s.lastError().orElse(null), s.lastErrorAt().map(Instant::toString).orElse(null),
                s.lastSuccessAt().map(Instant::toString).orElse(null),
                s.connectedAt().map(Instant::toString).orElse(null), s.connectedBy().orElse(null),
                s.webhookPath().orElse(null));
    }
}
