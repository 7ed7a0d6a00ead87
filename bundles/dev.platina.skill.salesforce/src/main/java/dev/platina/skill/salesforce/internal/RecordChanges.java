package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PolledStream;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.VendorAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls one Salesforce object for changes with SOQL ordered by {@code SystemModstamp, Id}, from the stored cursor
 * (the first poll starts a minute back). SOQL compares date-times in whole seconds, so the query starts at the
 * cursor's second and the records up to the cursor are skipped here. A record counts as created when it was created
 * after the cursor (or never modified since), otherwise as updated. Changes made by the integration user are
 * Platina's own writes coming back: the cursor passes them, but no event is published, so a workflow that updates a
 * lead does not start itself again.
 */
abstract class RecordChanges extends PolledStream {
    static final Duration INTERVAL = Duration.ofSeconds(60);
    static final Duration FIRST_LOOK_BACK = Duration.ofMinutes(1);
    static final int BATCH = 200;
    /** How long the integration user's id is trusted before it is read again (a re-authorisation may change it). */
    static final Duration USER_KEPT = Duration.ofMinutes(15);

    private record IntegrationUser(String id, Instant readAt) {
    }

    private final String object;
    private final String eventPrefix;
    private final String selected;
    private final Clock clock;
    private final Map<UUID, IntegrationUser> users = new ConcurrentHashMap<>();

    /** @param stream the stream's name, e.g. {@code leads} */
    RecordChanges(String stream, String object, String eventPrefix, String selected, Clock clock) {
        super(SalesforceConnector.ID, stream, INTERVAL);
        this.object = object;
        this.eventPrefix = eventPrefix;
        this.selected = selected;
        this.clock = clock;
    }

    /** The event's data from one record the query selected. */
    abstract Map<String, Object> data(JsonNode record);

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        ChangeCursor from = cursor.flatMap(ChangeCursor::parse)
                .orElseGet(() -> new ChangeCursor(clock.instant().minus(FIRST_LOOK_BACK), ""));
        SalesforceApi salesforce = SalesforceApi.of(connection);
        String me = integrationUser(connection, salesforce);
        List<JsonNode> records = salesforce.query("SELECT " + selected + ", CreatedDate, LastModifiedDate,"
                + " LastModifiedById, SystemModstamp FROM " + object + " WHERE SystemModstamp >= "
                + SalesforceTime.soqlAtOrBefore(from.stamp()) + " ORDER BY SystemModstamp, Id LIMIT " + BATCH);
        var events = new ArrayList<InboundEvent>();
        ChangeCursor last = from;
        for (JsonNode record : records) {
            Optional<Instant> stamp = SalesforceTime.parse(record.path("SystemModstamp").asText());
            if (stamp.isEmpty()) {
                throw new IllegalStateException("Salesforce sent a " + object + " without SystemModstamp");
            }
            var at = new ChangeCursor(stamp.get(), record.path("Id").asText());
            if (at.compareTo(from) <= 0) {
                continue;
            }
            last = at.compareTo(last) > 0 ? at : last;
            if (me.equals(record.path("LastModifiedById").asText())) {
                continue;
            }
            events.add(event(record, from, at));
        }
        return new PollResult(events, Optional.of(last.text()));
    }

    private InboundEvent event(JsonNode record, ChangeCursor from, ChangeCursor at) {
        Instant created = SalesforceTime.parse(record.path("CreatedDate").asText()).orElse(Instant.MIN);
        Instant modified = SalesforceTime.parse(record.path("LastModifiedDate").asText()).orElse(at.stamp());
        boolean isNew = created.equals(modified) || created.isAfter(from.stamp());
        var data = new LinkedHashMap<String, Object>();
        data.put("object", object);
        data.putAll(data(record));
        data.put("owner", text(record.path("Owner"), "Name"));
        data.put("ownerId", text(record, "OwnerId"));
        data.put("lastModified", modified.toString());
        data.put("lastModifiedBy", text(record, "LastModifiedById"));
        data.put("created", created.toString());
        data.values().removeIf(value -> value == null);
        return new InboundEvent(object + ":" + at.id() + ":" + at.stamp(),
                eventPrefix + (isNew ? ".created" : ".updated"), modified, data);
    }

    /** The user Platina acts as in Salesforce, read from the user info endpoint and kept a while. */
    private String integrationUser(Connection connection, SalesforceApi salesforce) throws Exception {
        IntegrationUser known = users.get(connection.id());
        if (known != null && known.readAt().plus(USER_KEPT).isAfter(clock.instant())) {
            return known.id();
        }
        VendorAnswer info = salesforce.userInfo();
        if (!info.ok()) {
            throw new SalesforceException(info);
        }
        String id = SalesforceJson.read(info.body()).path("user_id").asText("");
        users.put(connection.id(), new IntegrationUser(id, clock.instant()));
        return id;
    }

    static String text(JsonNode record, String field) {
        JsonNode value = record.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
