package dev.platina.skill.googlecalendar.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Google's OAuth 2.0 token endpoint as documented for web server apps: the form-encoded code exchange (checked
 * against the PKCE challenge and redirect URI of the consent) answering an access token, its lifetime and, for
 * offline access, a refresh token; refreshes answering a new access token without a new refresh token; errors as
 * {@code {"error": "invalid_grant", "error_description": ...}}.
 */
final class GoogleTokenEndpoint {
    static final String CODE = "4/0AeanS0-consented-code";

    final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    volatile long expiresIn = 3599;
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String expectedChallenge;
    private volatile String expectedRedirect;

    /** The consent screen: the administrator agrees; answers the code Google would send back. */
    String consent(URI authorize) {
        Map<String, String> query = GoogleCalendarPeer.form(authorize.getRawQuery());
        expectedChallenge = query.get("code_challenge");
        expectedRedirect = query.get("redirect_uri");
        return CODE;
    }

    boolean issued(String accessToken) {
        return accessTokens.contains(accessToken);
    }

    /** The account withdraws the app's access (Google account > Security > Third-party apps). */
    void revokeRefreshTokens() {
        refreshTokens.clear();
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = GoogleCalendarPeer.form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            tokenRequests.add(form);
            if (!GoogleCalendarPeer.CLIENT_ID.equals(form.get("client_id"))
                    || !GoogleCalendarPeer.CLIENT_SECRET.equals(form.get("client_secret"))) {
                GoogleCalendarPeer.send(exchange, 401, Map.of("error", "invalid_client", "error_description",
                        "Unauthorized"));
                return;
            }
            int n = issued.incrementAndGet();
            var grant = new LinkedHashMap<String, Object>();
            if ("authorization_code".equals(form.get("grant_type"))) {
                if (!CODE.equals(form.get("code")) || expectedChallenge == null
                        || !expectedChallenge.equals(challengeOf(form.getOrDefault("code_verifier", "")))
                        || !form.getOrDefault("redirect_uri", "").equals(expectedRedirect)) {
                    GoogleCalendarPeer.send(exchange, 400, Map.of("error", "invalid_grant", "error_description",
                            "Bad Request"));
                    return;
                }
                expectedChallenge = null;
                String refresh = "1//09-peer-refresh-" + n;
                refreshTokens.add(refresh);
                grant.put("refresh_token", refresh);
            } else if ("refresh_token".equals(form.get("grant_type"))) {
                if (!refreshTokens.contains(form.get("refresh_token"))) {
                    GoogleCalendarPeer.send(exchange, 400, Map.of("error", "invalid_grant", "error_description",
                            "Token has been expired or revoked."));
                    return;
                }
            } else {
                GoogleCalendarPeer.send(exchange, 400, Map.of("error", "unsupported_grant_type",
                        "error_description", "Invalid grant_type: " + form.get("grant_type")));
                return;
            }
            String access = "ya29.a0Af-peer-" + n;
            accessTokens.add(access);
            grant.put("access_token", access);
            grant.put("expires_in", expiresIn);
            grant.put("scope", GoogleCalendarConnector.SCOPE);
            grant.put("token_type", "Bearer");
            GoogleCalendarPeer.send(exchange, 200, grant);
        }
    }

    static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
