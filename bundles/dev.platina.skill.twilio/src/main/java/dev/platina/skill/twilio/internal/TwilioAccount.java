package dev.platina.skill.twilio.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One organisation's Twilio account as its connection describes it: the SID, the Auth Token (HTTP Basic with the
 * SID as user name), who sends, and where the API and the webhook address are.
 */
record TwilioAccount(String sid, String authToken, String sender, String baseUrl, Optional<String> webhookUrl) {
    static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    /** Twilio's alphanumeric sender IDs: up to 11 letters, digits and spaces, at least one letter. */
    static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

    @Override
    public String toString() {
        return "TwilioAccount[" + sid + "]";
    }

    static TwilioAccount of(Connection connection) throws IOException {
        String token = connection.secret(TwilioConnector.AUTH_TOKEN)
                .orElseThrow(() -> new IOException("No Twilio Auth Token is stored for this organisation."));
        String base = connection.setting(TwilioConnector.BASE_URL).filter(url -> !url.isBlank())
                .orElse(TwilioConnector.DEFAULT_BASE_URL);
        return new TwilioAccount(connection.setting(TwilioConnector.ACCOUNT_SID).orElse("").strip(), token,
                connection.setting(TwilioConnector.SENDER).orElse("").strip(), base,
                connection.setting(TwilioConnector.WEBHOOK_URL).map(String::strip).filter(url -> !url.isEmpty()));
    }

    /** A field whose value cannot be right, found before asking Twilio. */
    static Optional<CheckResult> problem(Connection connection) {
        String sid = connection.setting(TwilioConnector.ACCOUNT_SID).orElse("").strip();
        if (!ACCOUNT_SID.matcher(sid).matches()) {
            return Optional.of(CheckResult.failed(TwilioConnector.ACCOUNT_SID, "An Account SID is AC followed by 32"
                    + " letters and digits (Twilio Console > Account info)."));
        }
        String sender = connection.setting(TwilioConnector.SENDER).orElse("").strip();
        if (!E164.matcher(sender).matches() && !MESSAGING_SERVICE_SID.matcher(sender).matches()
                && !ALPHANUMERIC_SENDER.matcher(sender).matches()) {
            return Optional.of(CheckResult.failed(TwilioConnector.SENDER, "Enter a Twilio number in international"
                    + " format (+14155550100), a Messaging Service SID (MG...) or an alphanumeric sender ID of up"
                    + " to 11 characters."));
        }
        for (String field : new String[] {TwilioConnector.BASE_URL, TwilioConnector.WEBHOOK_URL}) {
            Optional<String> url = connection.setting(field).map(String::strip).filter(value -> !value.isEmpty());
            if (url.isPresent() && !isWebAddress(url.get())) {
                return Optional.of(CheckResult.failed(field, "Enter a full address starting with https://"));
            }
        }
        return Optional.empty();
    }

    /** Sends by Messaging Service (Twilio picks the number) rather than from one number. */
    boolean sendsByService() {
        return MESSAGING_SERVICE_SID.matcher(sender).matches();
    }

    VendorHttp http() {
        String credentials = Base64.getEncoder().encodeToString((sid + ":" + authToken)
                .getBytes(StandardCharsets.UTF_8));
        return VendorHttp.at(baseUrl, Map.of("Authorization", "Basic " + credentials, "Accept",
                "application/json"));
    }

    /** {@code /2010-04-01/Accounts/{sid}} followed by {@code rest}, e.g. {@code /Messages.json}. */
    String path(String rest) {
        return "/2010-04-01/Accounts/" + sid + rest;
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
