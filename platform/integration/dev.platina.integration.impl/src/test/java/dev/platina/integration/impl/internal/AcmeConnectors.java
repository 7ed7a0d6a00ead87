package dev.platina.integration.impl.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.OAuth2Client;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Two test connectors of the Acme peer: one connected by API key, one by OAuth 2.0. */
final class AcmeConnectors {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AcmeConnectors() {
    }

    static Connector byKey() {
        var descriptor = ConnectorDescriptor.withFields("acme", "Acme", "Test vendor by key", List.of(
                CredentialField.secret("apiKey", "API key", "Acme > Settings > Keys"),
                CredentialField.address("baseUrl", "API address", "where Acme answers")));
        return new Connector() {
            @Override
            public ConnectorDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public CheckResult check(Connection connection) throws Exception {
                int status = me(connection, connection.secret("apiKey").orElse(""));
                return status == 200 ? CheckResult.ok("Acme accepted the key.")
                        : CheckResult.failed("apiKey", "Acme refused the API key (HTTP " + status + ").");
            }
        };
    }

    static Connector byOAuth() {
        var descriptor = new ConnectorDescriptor("acme-oauth", "Acme Cloud", "Test vendor by OAuth", List.of(
                CredentialField.setting("clientId", "Client id", ""),
                CredentialField.secret("clientSecret", "Client secret", ""),
                CredentialField.address("baseUrl", "Address", "")),
                Optional.of(new OAuth2Client("{baseUrl}/authorize", "{baseUrl}/token", List.of("read", "write"),
                        "clientId", "clientSecret", false, Map.of("access_type", "offline"))));
        return new Connector() {
            @Override
            public ConnectorDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public CheckResult check(Connection connection) throws Exception {
                int status = me(connection, connection.accessToken());
                return status == 200 ? CheckResult.ok("Acme Cloud answered.")
                        : CheckResult.failed("Acme Cloud refused the token (HTTP " + status + ").");
            }
        };
    }

    static int me(Connection connection, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(connection.setting("baseUrl").orElseThrow() + "/me"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
