package dev.platina.skill.salesforce.internal;

import static dev.platina.skill.salesforce.internal.SalesforcePeer.errors;
import static dev.platina.skill.salesforce.internal.SalesforcePeer.ok;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer's SOQL endpoint: reads the {@code SELECT} list, {@code FROM}, the {@code SystemModstamp >=} bound,
 * {@code ORDER BY} and {@code LIMIT} of a query, and answers {@code {"totalSize","done","records","nextRecordsUrl"}}
 * {@value SalesforcePeer#PAGE} records a page, with {@code Owner.Name} and {@code Account.Name} as nested objects.
 */
final class PeerQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FROM = Pattern.compile("FROM (\\w+)");
    private static final Pattern SINCE = Pattern.compile("SystemModstamp >= (\\S+)");
    private static final Pattern LIMIT = Pattern.compile("LIMIT (\\d+)");
    private static final Pattern SELECT = Pattern.compile("SELECT (.+?) FROM");

    private final Function<String, Map<String, ObjectNode>> records;
    private final AtomicInteger ids;
    private final List<String> soql;
    private final Map<String, List<ObjectNode>> pendingPages = new ConcurrentHashMap<>();

    PeerQueries(Function<String, Map<String, ObjectNode>> records, AtomicInteger ids, List<String> soql) {
        this.records = records;
        this.ids = ids;
        this.soql = soql;
    }

    String[] query(String text) {
        soql.add(text);
        Matcher from = FROM.matcher(text);
        Matcher since = SINCE.matcher(text);
        Matcher limit = LIMIT.matcher(text);
        Matcher select = SELECT.matcher(text);
        if (!from.find() || !select.find() || !text.contains("ORDER BY SystemModstamp, Id")) {
            return ok(400, errors("MALFORMED_QUERY", "unexpected token"));
        }
        Instant bound = since.find() ? Instant.parse(since.group(1)) : Instant.MIN;
        int most = limit.find() ? Integer.parseInt(limit.group(1)) : Integer.MAX_VALUE;
        List<String> fields = List.of(select.group(1).split(",\\s*"));
        List<ObjectNode> found = records.apply(from.group(1)).values().stream()
                .filter(r -> !SalesforceTime.parse(r.path("SystemModstamp").asText()).orElseThrow().isBefore(bound))
                .sorted(Comparator.comparing((ObjectNode r) -> SalesforceTime.parse(r.path("SystemModstamp")
                        .asText()).orElseThrow()).thenComparing(r -> r.path("Id").asText()))
                .limit(most).map(r -> select(r, from.group(1), fields)).toList();
        String locator = "01gRO0000016q" + ids.incrementAndGet();
        pendingPages.put(locator + "-0", new ArrayList<>(found));
        return page(locator + "-0", found.size());
    }

    String[] page(String locator) {
        return page(locator, -1);
    }

    private String[] page(String locator, int total) {
        List<ObjectNode> rest = pendingPages.remove(locator);
        if (rest == null) {
            return ok(400, errors("INVALID_QUERY_LOCATOR", "invalid query locator"));
        }
        ObjectNode result = JSON.createObjectNode();
        result.put("totalSize", total < 0 ? rest.size() : total);
        List<ObjectNode> now = rest.subList(0, Math.min(SalesforcePeer.PAGE, rest.size()));
        List<ObjectNode> later = new ArrayList<>(rest.subList(now.size(), rest.size()));
        result.put("done", later.isEmpty());
        if (!later.isEmpty()) {
            String base = locator.substring(0, locator.lastIndexOf('-'));
            String next = base + "-" + (Integer.parseInt(locator.substring(locator.lastIndexOf('-') + 1))
                    + SalesforcePeer.PAGE);
            pendingPages.put(next, later);
            result.put("nextRecordsUrl", "/services/data/v60.0/query/" + next);
        }
        result.set("records", JSON.valueToTree(now));
        return ok(200, result.toString());
    }

    ObjectNode select(ObjectNode record, String object, List<String> fields) {
        ObjectNode selected = JSON.createObjectNode();
        ObjectNode attributes = selected.putObject("attributes");
        attributes.put("type", object);
        attributes.put("url", "/services/data/v60.0/sobjects/" + object + "/" + record.path("Id").asText());
        for (String field : fields) {
            if (field.equals("Owner.Name")) {
                selected.putObject("Owner").put("Name", record.path("OwnerId").asText().equals(SalesforcePeer.SALES_REP)
                        ? "Sam Rep" : "Platina Integration");
            } else if (field.equals("Account.Name")) {
                if (record.hasNonNull("AccountId")) {
                    selected.putObject("Account").put("Name", "Acme Account");
                } else {
                    selected.putNull("Account");
                }
            } else if (field.equals("Name")) {
                selected.put("Name", (record.path("FirstName").asText("") + " " + record.path("LastName")
                        .asText("")).strip());
            } else {
                selected.set(field, record.hasNonNull(field) ? record.get(field) : JSON.nullNode());
            }
        }
        return selected;
    }
}
