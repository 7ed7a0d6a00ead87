package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.PollingSource;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Stream {@code contacts}: {@code crm.contact.created} and {@code crm.contact.updated}; company is the account's
 * name.
 */
@Component(service = PollingSource.class)
public final class ContactChanges extends RecordChanges {

    public ContactChanges() {
        this(Clock.systemUTC());
    }

    ContactChanges(Clock clock) {
        super("contacts", "Contact", "crm.contact", "Id, Name, Email, Phone, AccountId, Account.Name, OwnerId, Owner.Name",
                clock);
    }

    @Override
    Map<String, Object> data(JsonNode record) {
        var data = new LinkedHashMap<String, Object>();
        data.put("id", text(record, "Id"));
        data.put("name", text(record, "Name"));
        data.put("email", text(record, "Email"));
        data.put("company", text(record.path("Account"), "Name"));
        data.put("accountId", text(record, "AccountId"));
        data.put("phone", text(record, "Phone"));
        return data;
    }
}
