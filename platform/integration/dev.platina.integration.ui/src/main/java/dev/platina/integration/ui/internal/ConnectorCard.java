package dev.platina.integration.ui.internal;

import dev.platina.integration.api.CredentialField;
import java.util.List;
import java.util.Optional;

/**
 * One connector as the Connections screen shows it: words and flags only, so the view just lays them out.
 * {@code authoriseLabel} is present for connectors authorised with the vendor ("Authorise with HubSpot").
 */
record ConnectorCard(String id, String name, String description, String stateLabel, String stateTheme,
        Optional<String> lastError, Optional<String> lastSuccess, Optional<String> webhookAddress,
        List<CredentialField> fields, List<String> secretsSet, Optional<String> authoriseLabel, boolean canChange,
        boolean connected) {
}
