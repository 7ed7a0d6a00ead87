package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.OAuth2Client;
import dev.platina.integration.api.VendorAnswer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;

/**
 * Salesforce as a connector: a Connected App's consumer key and secret authorise through the OAuth 2.0 web server
 * flow (with refresh tokens) at the login host, production or sandbox. The org's API lives at the
 * {@code instance_url} Salesforce answers with the tokens, unless the administrator enters an address (a proxy).
 */
@Component(service = Connector.class)
public final class SalesforceConnector implements Connector {
    static final String ID = "salesforce";
    static final String NAME = "Salesforce";
    static final String CLIENT_ID = "clientId";
    static final String CLIENT_SECRET = "clientSecret";
    static final String LOGIN_URL = "loginUrl";
    static final String INSTANCE_URL = "instanceUrl";
    static final String API_VERSION = "apiVersion";
    static final String EXTERNAL_ID_FIELD = "externalIdField";
    static final String DEFAULT_LOGIN_URL = "https://login.salesforce.com";
    static final String DEFAULT_API_VERSION = "v60.0";
    static final Pattern VERSION = Pattern.compile("v[0-9]{2,3}\\.[0-9]");
    static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");

    static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(ID, NAME,
            "CRM: create and update leads and contacts, log tasks, and react when leads or contacts are created or"
                    + " changed in Salesforce.",
            List.of(CredentialField.setting(CLIENT_ID, "Consumer key", "Setup > App Manager > your Connected App >"
                    + " View > Manage Consumer Details: the Consumer Key"),
                    CredentialField.secret(CLIENT_SECRET, "Consumer secret", "The Connected App's Consumer Secret,"
                            + " shown next to its Consumer Key"),
                    CredentialField.optionalAddress(INSTANCE_URL, "Instance address", "Leave empty to use the"
                            + " address Salesforce gives when you authorise; otherwise your org's My Domain address,"
                            + " e.g. https://acme.my.salesforce.com", null),
                    CredentialField.optionalAddress(LOGIN_URL, "Login address", "https://login.salesforce.com for"
                            + " production, https://test.salesforce.com for a sandbox", DEFAULT_LOGIN_URL),
                    CredentialField.optionalSetting(API_VERSION, "REST API version", "Such as v60.0",
                            DEFAULT_API_VERSION),
                    CredentialField.optionalSetting(EXTERNAL_ID_FIELD, "External id field", "Optional: the API name"
                            + " of a text field marked External ID that exists on Lead, Contact and Task (e.g."
                            + " Platina_Key__c); creates then become upserts and happen once", null)),
            Optional.of(new OAuth2Client("{" + LOGIN_URL + "}/services/oauth2/authorize",
                    "{" + LOGIN_URL + "}/services/oauth2/token", List.of("api", "refresh_token"), CLIENT_ID,
                    CLIENT_SECRET, false, Map.of())));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResult check(Connection connection) throws Exception {
        String version = connection.setting(API_VERSION).orElse(DEFAULT_API_VERSION).strip();
        if (!VERSION.matcher(version).matches()) {
            return CheckResult.failed(API_VERSION, "is not a Salesforce API version such as v60.0");
        }
        Optional<String> externalId = connection.setting(EXTERNAL_ID_FIELD).filter(f -> !f.isBlank());
        if (externalId.isPresent() && !FIELD_NAME.matcher(externalId.get().strip()).matches()) {
            return CheckResult.failed(EXTERNAL_ID_FIELD, "is not a field's API name such as Platina_Key__c");
        }
        for (String field : List.of(INSTANCE_URL, LOGIN_URL)) {
            Optional<String> problem = connection.setting(field).filter(address -> !address.isBlank())
                    .flatMap(SalesforceConnector::addressProblem);
            if (problem.isPresent()) {
                return CheckResult.failed(field, problem.get());
            }
        }
        boolean entered = connection.setting(INSTANCE_URL).filter(address -> !address.isBlank()).isPresent();
        Optional<String> answered = entered ? Optional.empty() : connection.tokenAnswer(
                SalesforceApi.INSTANCE_URL_ANSWER).flatMap(SalesforceConnector::addressProblem);
        if (answered.isPresent()) {
            return CheckResult.failed("The instance address Salesforce gave with the tokens " + answered.get()
                    + "; enter the org's My Domain address as the Instance address.");
        }
        SalesforceApi salesforce = SalesforceApi.of(connection);
        VendorAnswer user = salesforce.userInfo();
        if (!user.ok()) {
            return CheckResult.failed(user.status() == 401 || user.status() == 403
                    ? "Salesforce refused the session: " + SalesforceErrors.describe(user)
                    : "Salesforce answered " + user.status() + " at the instance address: "
                            + SalesforceErrors.describe(user));
        }
        VendorAnswer api = salesforce.get(salesforce.data("/"));
        if (api.status() == 404) {
            return CheckResult.failed(API_VERSION, "This Salesforce org does not offer the REST API " + version);
        }
        if (!api.ok()) {
            return CheckResult.failed("Salesforce answered " + api.status() + " for the REST API " + version + ": "
                    + SalesforceErrors.describe(api));
        }
        JsonNode who = SalesforceJson.read(user.body());
        return CheckResult.ok("Connected to Salesforce as " + who.path("preferred_username").asText("?")
                + " (organisation " + who.path("organization_id").asText("?") + "), REST API " + version + ".");
    }

    /**
     * Tokens and the consumer secret travel to these addresses, so they must be HTTPS; plain HTTP is accepted only
     * on this machine (a test peer or a local proxy).
     */
    static Optional<String> addressProblem(String address) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not an address such as https://acme.my.salesforce.com");
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean local = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        if ("https".equals(uri.getScheme()) && !host.isEmpty() || "http".equals(uri.getScheme()) && local) {
            return Optional.empty();
        }
        return Optional.of("must be an https:// address such as https://acme.my.salesforce.com");
    }
}
