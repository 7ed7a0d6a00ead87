package dev.platina.skill.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Step input turned into the queued write's parameters, and Salesforce's times and cursors read back. */
class SalesforceInputTest {

    @Test
    void aLeadTakesNamedInputsAndMoreFieldsByApiName() {
        Map<String, Object> parameters = SalesforceObject.LEAD.parameters(Map.of("lastName", "Lin", "company",
                "Acme", "email", "lin@acme.example", "fields", Map.of("Rating", "Hot", "Company", "Ignored")), false);

        assertThat(parameters).containsEntry("object", "Lead").doesNotContainKey("id");
        assertThat(parameters.get("fields")).isEqualTo(Map.of("LastName", "Lin", "Company", "Acme",
                "Email", "lin@acme.example", "Rating", "Hot"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> SalesforceObject.TASK.parameters(Map.of("whoId", "00Q-not-an-id",
                "activityDate", "30/11/2026", "fields", Map.of("Bad Name", "x")), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("subject", "whoId", "activityDate", "fields.Bad Name"));
    }

    @Test
    void anUpdateNeedsARecordIdAFieldAndReadsEitherFormOfLastModified() {
        Map<String, Object> update = SalesforceObject.CONTACT.parameters(Map.of("id", "003000000000777AAA",
                "title", "Buyer", "lastModified", "2026-11-21T23:00:01.250+0000"), true);

        assertThat(update).containsEntry("id", "003000000000777AAA")
                .containsEntry("basedOn", "2026-11-21T23:00:01.250Z");
        assertThatThrownBy(() -> SalesforceObject.CONTACT.parameters(Map.of("id", "003", "lastModified",
                "yesterday"), true)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKeys("id", "lastModified", "fields"));
    }

    @Test
    void cursorsOrderByStampThenIdAndSoqlBoundsAreWholeSeconds() {
        var cursor = ChangeCursor.parse("2026-11-21T23:00:01.250Z|00Q000000000002AAA").orElseThrow();

        assertThat(new ChangeCursor(cursor.stamp(), "00Q000000000003AAA")).isGreaterThan(cursor);
        assertThat(new ChangeCursor(cursor.stamp().minusMillis(1), "00Q000000000009AAA")).isLessThan(cursor);
        assertThat(ChangeCursor.parse(cursor.text())).contains(cursor);
        assertThat(ChangeCursor.parse("garbage")).isEmpty();
        assertThat(SalesforceTime.soqlAtOrBefore(cursor.stamp())).isEqualTo("2026-11-21T23:00:01Z");
        assertThat(SalesforceTime.answer(Instant.parse("2026-11-21T23:00:01.250Z")))
                .isEqualTo("2026-11-21T23:00:01.250+0000");
    }

    @Test
    void theExternalKeyIsStablePerOutboxKeyAndDiffersBetweenKeys() {
        assertThat(SalesforceWrites.externalKey("run-1:create")).isEqualTo(SalesforceWrites.externalKey(
                "run-1:create")).startsWith("platina-").hasSize(40);
        assertThat(SalesforceWrites.externalKey("run-2:create")).isNotEqualTo(SalesforceWrites.externalKey(
                "run-1:create"));
    }

    @Test
    void addressesMustBeHttpsExceptOnThisMachine() {
        assertThat(SalesforceConnector.addressProblem("https://acme.my.salesforce.com")).isEmpty();
        assertThat(SalesforceConnector.addressProblem("http://127.0.0.1:8443")).isEmpty();
        assertThat(SalesforceConnector.addressProblem("http://acme.my.salesforce.com")).isPresent();
        assertThat(SalesforceConnector.addressProblem("acme.my.salesforce.com")).isPresent();
        assertThat(SalesforceConnector.addressProblem("https:// spaced")).isPresent();
    }
}
