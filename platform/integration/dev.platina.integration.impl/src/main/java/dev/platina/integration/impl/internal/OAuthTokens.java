package dev.platina.integration.impl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.OAuth2Client;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The OAuth 2.0 token endpoint (RFC 6749 section 4.1.3 and 6): code exchange with PKCE, and refresh. */
final class OAuthTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");
    private static final Set<String> NOT_KEPT = Set.of("access_token", "refresh_token", "id_token", "expires_in");
    private static final int MOST_ANSWER_FIELDS = 16;
    private static final int LONGEST_ANSWER_FIELD = 2048;

    record ClientCredentials(String id, String secret) {
        @Override
        public String toString() {
            return "ClientCredentials[" + id + "]";
        }
    }

    /**
     * Tokens as the endpoint answered them, and the answer's other text fields (Salesforce's {@code instance_url});
     * never printed.
     */
    record Grant(String accessToken, Optional<String> refreshToken, Optional<Duration> expiresIn,
            Map<String, String> answer) {
        Grant {
            answer = Map.copyOf(answer);
        }

        /** A refresh answer may leave out the refresh token and fields it does not repeat: the earlier ones stay. */
        Grant after(String previousRefreshToken, Map<String, String> previousAnswer) {
            var merged = new LinkedHashMap<>(previousAnswer);
            merged.putAll(answer);
            return new Grant(accessToken, refreshToken.or(() -> Optional.of(previousRefreshToken)), expiresIn,
                    merged);
        }

        @Override
        public String toString() {
            return "Grant[expiresIn=" + expiresIn.orElse(null) + "]";
        }
    }

    /** The endpoint refused the grant (invalid_grant and the like): authorisation is needed again. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final Duration timeout;

    OAuthTokens(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Grant exchange(OAuth2Client client, Map<String, String> settings, ClientCredentials credentials, String code,
            String redirectUri, String codeVerifier) throws IOException, RefusedException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        return post(client, settings, credentials, form);
    }

    Grant refresh(OAuth2Client client, Map<String, String> settings, ClientCredentials credentials,
            String refreshToken) throws IOException, RefusedException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(client, settings, credentials, form);
    }

    private Grant post(OAuth2Client client, Map<String, String> settings, ClientCredentials credentials,
            Map<String, String> form) throws IOException, RefusedException {
        var request = HttpRequest.newBuilder(URI.create(expand(client.tokenUrl(), settings))).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (client.basicAuthentication()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((encode(credentials.id())
                    + ":" + encode(credentials.secret())).getBytes(StandardCharsets.UTF_8)));
        } else {
            form.put("client_id", credentials.id());
            form.put("client_secret", credentials.secret());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking for a token", e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            String error = body.path("error").asText("refused");
            String description = body.path("error_description").asText("");
            throw new RefusedException("the authorisation server answered " + error
                    + (description.isEmpty() ? "" : " (" + description + ")"));
        }
        if (response.statusCode() / 100 != 2 || !body.hasNonNull("access_token")) {
            throw new IOException("The token endpoint answered HTTP " + response.statusCode());
        }
        Optional<Duration> expiresIn = body.hasNonNull("expires_in")
                ? Optional.of(Duration.ofSeconds(body.get("expires_in").asLong())) : Optional.empty();
        return new Grant(body.get("access_token").asText(), Optional.ofNullable(body.get("refresh_token"))
                .filter(JsonNode::isTextual).map(JsonNode::asText), expiresIn, answerFields(body));
    }

    /**
     * The token answer's short text fields other than the tokens themselves, which connectors may need later
     * (where the organisation's API lives, granted scopes). Bounded, since the endpoint is the vendor's to fill.
     */
    static Map<String, String> answerFields(JsonNode body) {
        var fields = new LinkedHashMap<String, String>();
        body.fields().forEachRemaining(field -> {
            if (fields.size() < MOST_ANSWER_FIELDS && !NOT_KEPT.contains(field.getKey())
                    && field.getValue().isTextual() && field.getValue().asText().length() <= LONGEST_ANSWER_FIELD) {
                fields.put(field.getKey(), field.getValue().asText());
            }
        });
        return fields;
    }

    /** Replaces {@code {name}} with the setting's value (URL-safe), so a connection may point at its own server. */
    static String expand(String template, Map<String, String> settings) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var text = new StringBuilder();
        while (matcher.find()) {
            String value = settings.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(text, Matcher.quoteReplacement(value.endsWith("/")
                    ? value.substring(0, value.length() - 1) : value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
