package dev.platina.integration.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a connector authorises with OAuth 2.0 (authorisation code with PKCE, then refresh tokens). The client id and
 * secret are entered by the organisation's administrator as the connector's fields {@code clientIdField} and
 * {@code clientSecretField}. The URLs may name settings in braces ({@code {baseUrl}/oauth/token}), replaced with the
 * connection's values. {@code basicAuthentication} sends the client credentials as HTTP Basic to the token
 * endpoint; otherwise they go in the form body. {@code extraAuthorizeParameters} are added to the authorize URL
 * (e.g. {@code access_type=offline}).
 */
public record OAuth2Client(String authorizeUrl, String tokenUrl, List<String> scopes, String clientIdField,
        String clientSecretField, boolean basicAuthentication, Map<String, String> extraAuthorizeParameters) {

    public OAuth2Client {
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        Objects.requireNonNull(clientIdField, "clientIdField");
        Objects.requireNonNull(clientSecretField, "clientSecretField");
        extraAuthorizeParameters = extraAuthorizeParameters == null ? Map.of() : Map.copyOf(extraAuthorizeParameters);
    }
}
