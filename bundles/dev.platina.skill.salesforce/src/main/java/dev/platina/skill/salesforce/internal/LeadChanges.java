package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.PollingSource;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Stream {@code leads}: {@code crm.lead.created} and {@code crm.lead.updated}. */
@Component(service = PollingSource.class)
public final class LeadChanges extends RecordChanges {

    public LeadChanges() {
        this(Clock.systemUTC());
    }

    LeadChanges(Clock clock) {
        super("leads", "Lead", "crm.lead", "Id, Name, Email, Company, Phone, Status, OwnerId, Owner.Name", clock);
    }

    @Override
    Map<String, Object> data(JsonNode record) {
        var data = new LinkedHashMap<String, Object>();
        data.put("id", text(record, "Id"));
        data.put("name", text(record, "Name"));
        data.put("email", text(record, "Email"));
        data.put("company", text(record, "Company"));
        data.put("phone", text(record, "Phone"));
        data.put("status", text(record, "Status"));
        return data;
    }
}
