package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivery's write to Salesforce.
 * <ul>
 * <li><b>Creates</b> happen once when the organisation configured an external id field: the record is upserted
 * ({@code PATCH /sobjects/Lead/Platina_Key__c/<key>}) with a key derived from the outbox's idempotency key, so a
 * repeated delivery finds the record the first one made. Without such a field a create is a plain {@code POST}: a
 * delivery repeated after a lost answer can create a second record (see the README).</li>
 * <li><b>Updates</b> follow the conflict rule "Salesforce wins": an update based on a {@code lastModified} time
 * reads the record first; if Salesforce changed it after that time, the update is refused naming the change,
 * unless the change is this very update made by an earlier attempt (same values, written by the integration
 * user).</li>
 * </ul>
 */
final class SalesforceWrites {
    private final SalesforceApi salesforce;
    private final Connection connection;

    SalesforceWrites(SalesforceApi salesforce, Connection connection) {
        this.salesforce = salesforce;
        this.connection = connection;
    }

    CallResult create(SalesforceObject object, Map<String, Object> fields, String idempotencyKey) throws Exception {
        Optional<String> externalField = connection.setting(SalesforceConnector.EXTERNAL_ID_FIELD)
                .map(String::strip).filter(f -> !f.isEmpty());
        if (externalField.isEmpty()) {
            VendorAnswer created = salesforce.json("POST", salesforce.data("/sobjects/" + object.apiName() + "/"),
                    fields);
            return created.ok() ? done(object, SalesforceJson.read(created.body()).path("id").asText(), true)
                    : SalesforceErrors.failure(created);
        }
        String key = externalKey(idempotencyKey);
        var body = new LinkedHashMap<String, Object>(fields);
        body.remove(externalField.get());
        String path = salesforce.data("/sobjects/" + object.apiName() + "/" + externalField.get() + "/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8));
        VendorAnswer upserted = salesforce.json("PATCH", path, body);
        if (!upserted.ok()) {
            return SalesforceErrors.failure(upserted);
        }
        JsonNode answer = SalesforceJson.read(upserted.body());
        String id = answer.path("id").asText("");
        if (id.isEmpty()) {
            // Before API 46.0 an upsert that updated answered 204 without a body: read the id back.
            VendorAnswer read = salesforce.get(path + "?fields=Id");
            if (!read.ok()) {
                return SalesforceErrors.failure(read);
            }
            id = SalesforceJson.read(read.body()).path("Id").asText();
        }
        var receipt = receipt(object, id, upserted.status() == 201);
        receipt.put("externalId", key);
        return CallResult.done(receipt);
    }

    CallResult update(SalesforceObject object, String id, Map<String, Object> fields, String basedOn)
            throws Exception {
        String path = salesforce.data("/sobjects/" + object.apiName() + "/" + id);
        Optional<Instant> seen = SalesforceTime.parse(basedOn);
        if (seen.isPresent()) {
            VendorAnswer current = salesforce.get(path + "?fields=" + String.join(",", fieldsToRead(fields)));
            if (!current.ok()) {
                return SalesforceErrors.failure(current);
            }
            JsonNode record = SalesforceJson.read(current.body());
            Instant modified = SalesforceTime.parse(record.path("LastModifiedDate").asText()).orElse(Instant.MAX);
            if (modified.isAfter(seen.get())) {
                if (sameValues(record, fields) && byIntegrationUser(record)) {
                    // An earlier attempt of this delivery made the change and its answer was lost.
                    return CallResult.done(receipt(object, id, false));
                }
                return CallResult.refused("Conflict: Salesforce wins. The " + object.apiName() + " " + id
                        + " was changed in Salesforce at " + modified + " (by user "
                        + record.path("LastModifiedById").asText("?") + "), after " + seen.get()
                        + ", when the workflow last saw it; the update was not applied.");
            }
        }
        VendorAnswer patched = salesforce.json("PATCH", path, fields);
        return patched.ok() ? done(object, id, false) : SalesforceErrors.failure(patched);
    }

    private boolean byIntegrationUser(JsonNode record) throws Exception {
        VendorAnswer me = salesforce.userInfo();
        return me.ok() && SalesforceJson.read(me.body()).path("user_id").asText("-")
                .equals(record.path("LastModifiedById").asText());
    }

    private static java.util.List<String> fieldsToRead(Map<String, Object> fields) {
        var names = new java.util.ArrayList<String>(fields.keySet());
        names.add("LastModifiedDate");
        names.add("LastModifiedById");
        return names;
    }

    private static boolean sameValues(JsonNode record, Map<String, Object> fields) {
        return fields.entrySet().stream().allMatch(field -> {
            JsonNode stored = record.path(field.getKey());
            String now = stored.isNull() || stored.isMissingNode() ? "" : stored.asText();
            return now.equals(Objects.toString(field.getValue(), ""));
        });
    }

    /** A stable external id value for the outbox message, short enough for any text field. */
    static String externalKey(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(
                    StandardCharsets.UTF_8));
            return "platina-" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CallResult done(SalesforceObject object, String id, boolean created) {
        return CallResult.done(receipt(object, id, created));
    }

    private static Map<String, Object> receipt(SalesforceObject object, String id, boolean created) {
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("id", id);
        receipt.put("object", object.apiName());
        receipt.put("created", created);
        return receipt;
    }
}
