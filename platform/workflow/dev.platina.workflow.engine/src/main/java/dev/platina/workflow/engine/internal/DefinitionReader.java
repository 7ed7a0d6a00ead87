package dev.platina.workflow.engine.internal;

import java.time.DateTimeException;
import java.time.Duration;
import dev.platina.workflow.engine.internal.cron.CronSchedule;
import dev.platina.workflow.engine.internal.cron.CronSyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a definition's JSON into a checked {@link Definition}, or fails with every problem at its place: missing
 * or mistyped fields, expressions that do not compile, references to nodes that do not exist, step types that are
 * not installed, and graph shapes the engine does not run (see {@link GraphCheck}).
 */
final class DefinitionReader {

    static final int MAX_NODES = 500;
    private static final Pattern NODE_ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Duration LONGEST_WAIT = Duration.ofDays(366);

    private final Predicate<String> installedStep;
    private final Problems problems = new Problems();
    private final ExpressionCheck expressions = new ExpressionCheck(problems);
    private final List<Reference> references = new ArrayList<>();

    /** @param installedStep whether a step type is registered right now */
    DefinitionReader(Predicate<String> installedStep) {
        this.installedStep = installedStep;
    }

    private record Reference(String place, String target) {
    }

    Definition read(Map<String, Object> json) {
        if (json == null) {
            problems.add("definition", "send the workflow definition as a JSON object");
            problems.throwIfAny();
        }
        var root = new JsonFields(json, "", problems);
        String name = root.text("name", 200);
        String description = root.optionalText("description", 2000).orElse("");
        Trigger trigger = root.object("trigger").map(this::trigger).orElseGet(Trigger.Manual::new);
        String start = root.text("start", 64);
        Map<String, Node> nodes = nodes(root);
        if (!start.isEmpty()) {
            references.add(new Reference("start", start));
        }
        checkReferences(nodes);
        problems.throwIfAny();
        Map<String, String> parallelOfJoin = new GraphCheck(nodes, problems).check(start);
        problems.throwIfAny();
        return new Definition(name, description, trigger, start, nodes, parallelOfJoin);
    }

    private Trigger trigger(Map<?, ?> json) {
        var fields = new JsonFields(json, "trigger", problems);
        String type = fields.text("type", 20);
        switch (type) {
            case "manual":
                return new Trigger.Manual();
            case "webhook":
                return new Trigger.Webhook();
            case "event": {
                String event = eventType(fields, "event", "trigger.event");
                Optional<String> filter = fields.optionalText("filter", 4096);
                filter.ifPresent(f -> expressions.expression("trigger.filter", f, ExpressionCheck.EVENT_FILTER_VARIABLES));
                return new Trigger.Event(event, filter);
            }
            case "schedule": {
                String cron = fields.text("cron", 200);
                String zone = fields.optionalText("timeZone", 60).orElse("UTC");
                ZoneId timeZone;
                try {
                    timeZone = ZoneId.of(zone);
                } catch (DateTimeException e) {
                    problems.add("trigger.timeZone", "'" + zone + "' is not a time zone such as Europe/Berlin");
                    timeZone = ZoneOffset.UTC;
                }
                if (!cron.isEmpty()) {
                    checkCron(cron, timeZone);
                }
                return new Trigger.Schedule(cron, timeZone);
            }
            default:
                if (!type.isEmpty()) {
                    problems.add("trigger.type", "'" + type + "' is not a trigger; use manual, event, schedule or"
                            + " webhook");
                }
                return new Trigger.Manual();
        }
    }

    private String eventType(JsonFields fields, String field, String place) {
        String event = fields.text(field, 120);
        if (!event.isEmpty() && !PlatformEvents.TYPE.matcher(event).matches()) {
            problems.add(place, "'" + event + "' is not an event type such as crm.lead.created");
        }
        return event;
    }

    private void checkCron(String cron, ZoneId timeZone) {
        try {
            if (CronSchedule.parse(cron).next(Instant.now(), timeZone).isEmpty()) {
                problems.add("trigger.cron", "'" + cron + "' never fires (no month has such a day)");
            }
        } catch (CronSyntaxException e) {
            problems.add("trigger.cron", e.getMessage());
        }
    }

    private Map<String, Node> nodes(JsonFields root) {
        var nodes = new LinkedHashMap<String, Node>();
        Optional<List<?>> list = root.list("nodes");
        if (list.isEmpty()) {
            if (!root.has("nodes")) {
                problems.add("nodes", "is required: list the workflow's steps");
            }
            return nodes;
        }
        if (list.get().size() > MAX_NODES) {
            problems.add("nodes", "has " + list.get().size() + " nodes; a workflow has at most " + MAX_NODES);
            return nodes;
        }
        for (int i = 0; i < list.get().size(); i++) {
            if (!(list.get().get(i) instanceof Map<?, ?> json)) {
                problems.add("nodes[" + i + "]", "must be an object with id and type");
                continue;
            }
            Object rawId = json.get("id");
            if (!(rawId instanceof String id) || !NODE_ID.matcher(id).matches()) {
                problems.add("nodes[" + i + "].id", "must be lower-case letters, digits, '-' or '_', starting with a"
                        + " letter, at most 64 characters");
                continue;
            }
            if (nodes.containsKey(id)) {
                problems.add("nodes[" + id + "].id", "is used by two nodes; give each node its own id");
                continue;
            }
            node(id, new JsonFields(json, "nodes[" + id + "]", problems)).ifPresent(node -> nodes.put(id, node));
        }
        return nodes;
    }

    private Optional<Node> node(String id, JsonFields fields) {
        String type = fields.text("type", 20);
        return switch (type) {
            case "step" -> Optional.of(step(id, fields));
            case "condition" -> Optional.of(condition(id, fields));
            case "parallel" -> Optional.of(parallel(id, fields));
            case "join" -> Optional.of(join(id, fields));
            case "approval" -> Optional.of(approval(id, fields));
            case "wait" -> Optional.of(waitNode(id, fields));
            case "end" -> Optional.of(end(id, fields));
            default -> {
                if (!type.isEmpty()) {
                    problems.add(fields.place("type"), "'" + type + "' is not a node type; use step, condition,"
                            + " parallel, join, approval, wait or end");
                }
                yield Optional.empty();
            }
        };
    }

    private Node.End end(String id, JsonFields fields) {
        String outcome = fields.optionalText("outcome", 20).orElse("completed");
        if (!outcome.equals("completed") && !outcome.equals("failed")) {
            problems.add(fields.place("outcome"), "must be completed or failed");
        }
        return new Node.End(id, outcome.equals("failed"));
    }

    private Node.Step step(String id, JsonFields fields) {
        String stepType = fields.text("step", 120);
        if (!stepType.isEmpty() && !installedStep.test(stepType)) {
            problems.add(fields.place("step"), "no step type '" + stepType + "' is installed; install and enable the"
                    + " skill that provides it");
        }
        Map<String, Object> input = new LinkedHashMap<>();
        fields.object("input").ifPresent(json -> json.forEach((key, value) -> input.put(String.valueOf(key), value)));
        expressions.values(fields.place("input"), input);
        RetryPolicy retry = fields.object("retry").map(json -> retry(new JsonFields(json, fields.place("retry"),
                problems))).orElse(RetryPolicy.DEFAULT);
        Duration timeout = fields.duration("timeout", Duration.ofSeconds(1), Duration.ofHours(24))
                .orElse(Duration.ofMinutes(5));
        return new Node.Step(id, stepType, input, next(fields, "next"), optionalNext(fields, "onError"), retry,
                timeout);
    }

    private RetryPolicy retry(JsonFields fields) {
        int attempts = fields.integer("maxAttempts", RetryPolicy.DEFAULT.maxAttempts(), 1, RetryPolicy.MOST_ATTEMPTS);
        Duration initial = fields.duration("initialDelay", Duration.ofMillis(10), Duration.ofHours(1))
                .orElse(RetryPolicy.DEFAULT.initialDelay());
        double multiplier = fields.decimal("multiplier", RetryPolicy.DEFAULT.multiplier(), 1.0, 10.0);
        Duration max = fields.duration("maxDelay", Duration.ofMillis(10), Duration.ofDays(1))
                .orElse(RetryPolicy.DEFAULT.maxDelay());
        if (max.compareTo(initial) < 0) {
            problems.add(fields.place("maxDelay"), "must not be shorter than initialDelay");
        }
        return new RetryPolicy(attempts, initial, multiplier, max);
    }

    private Node.Condition condition(String id, JsonFields fields) {
        var branches = new ArrayList<Node.Condition.Branch>();
        Optional<List<?>> list = fields.list("branches");
        if (list.isEmpty() || list.get().isEmpty()) {
            problems.add(fields.place("branches"), "needs at least one branch with 'when' and 'next'");
        } else {
            for (int i = 0; i < list.get().size(); i++) {
                String place = fields.place("branches") + "[" + i + "]";
                if (!(list.get().get(i) instanceof Map<?, ?> json)) {
                    problems.add(place, "must be an object with 'when' and 'next'");
                    continue;
                }
                var branch = new JsonFields(json, place, problems);
                String when = branch.text("when", 4096);
                if (!when.isEmpty()) {
                    expressions.expression(branch.place("when"), when);
                }
                branches.add(new Node.Condition.Branch(when, next(branch, "next")));
            }
        }
        return new Node.Condition(id, List.copyOf(branches), next(fields, "otherwise"));
    }

    private Node.Parallel parallel(String id, JsonFields fields) {
        List<String> branches = fields.texts("branches", 32);
        if (branches.size() < 2) {
            problems.add(fields.place("branches"), "needs at least two node ids to run side by side");
        }
        for (int i = 0; i < branches.size(); i++) {
            references.add(new Reference(fields.place("branches") + "[" + i + "]", branches.get(i)));
        }
        return new Node.Parallel(id, branches);
    }

    private Node.Join join(String id, JsonFields fields) {
        String mode = fields.optionalText("mode", 10).orElse("all");
        Node.JoinMode joinMode = switch (mode) {
            case "all" -> Node.JoinMode.ALL;
            case "any" -> Node.JoinMode.ANY;
            case "count" -> Node.JoinMode.COUNT;
            default -> {
                problems.add(fields.place("mode"), "must be all, any or count");
                yield Node.JoinMode.ALL;
            }
        };
        int count = joinMode == Node.JoinMode.COUNT ? fields.integer("count", 0, 1, 32) : 0;
        if (joinMode == Node.JoinMode.COUNT && !fields.has("count")) {
            problems.add(fields.place("count"), "is required with mode count: how many branches must arrive");
        }
        return new Node.Join(id, joinMode, count, next(fields, "next"));
    }

    private Node.Approval approval(String id, JsonFields fields) {
        String title = fields.text("title", 200);
        Map<String, Object> proposal = new LinkedHashMap<>();
        fields.object("proposal").ifPresent(json -> json.forEach((k, v) -> proposal.put(String.valueOf(k), v)));
        expressions.values(fields.place("proposal"), proposal);
        ApprovalPolicy policy = policy(fields.object("policy").orElse(Map.of()), fields.place("policy"));
        Optional<Duration> expiresAfter = fields.duration("expiresAfter", Duration.ofMinutes(1), LONGEST_WAIT);
        String onExpire = fields.optionalText("onExpire", 10).orElse("reject");
        Node.ExpiryAction expiry = switch (onExpire) {
            case "reject" -> Node.ExpiryAction.REJECT;
            case "escalate" -> Node.ExpiryAction.ESCALATE;
            default -> {
                problems.add(fields.place("onExpire"), "must be reject or escalate");
                yield Node.ExpiryAction.REJECT;
            }
        };
        if (expiry == Node.ExpiryAction.ESCALATE && policy.escalateTo().isEmpty()) {
            problems.add(fields.place("policy.escalateTo"), "name the roles the task escalates to when it expires");
        }
        Optional<Object> amount = fields.value("amount");
        amount.ifPresent(value -> {
            if (value instanceof String text && ExpressionCheck.isExpression(text)) {
                expressions.values(fields.place("amount"), text);
            } else if (!(value instanceof Number)) {
                problems.add(fields.place("amount"), "must be a number or an '=' expression that computes one");
            }
        });
        return new Node.Approval(id, title, proposal, policy, amount, expiresAfter, expiry, next(fields, "next"),
                next(fields, "onReject"));
    }

    private ApprovalPolicy policy(Map<?, ?> json, String place) {
        var fields = new JsonFields(json, place, problems);
        List<String> roles = fields.texts("roles", 20);
        Optional<String> permission = fields.optionalText("permission", 60);
        List<String> users = fields.texts("users", 50);
        int approvals = fields.integer("approvals", 1, 1, 10);
        if (roles.isEmpty() && permission.isEmpty() && users.isEmpty()) {
            // Nobody named: whoever may decide approvals in the organisation decides.
            permission = Optional.of(dev.platina.identity.api.Permission.APPROVALS_DECIDE);
        }
        permission.ifPresent(p -> {
            if (!dev.platina.identity.api.Permission.isKnown(p)) {
                problems.add(place + ".permission", "'" + p + "' is not a permission");
            }
        });
        if (!users.isEmpty() && roles.isEmpty() && fields.has("approvals") && approvals > users.size()) {
            problems.add(place + ".approvals", "asks for " + approvals + " approvals from " + users.size()
                    + " named user" + (users.size() == 1 ? "" : "s"));
        }
        return new ApprovalPolicy(roles, permission, users, approvals, fields.flag("editable", false),
                fields.texts("escalateTo", 20), fields.object("autoApprove").map(auto -> autoApproval(auto,
                        place + ".autoApprove")));
    }

    private AutoApproval autoApproval(Map<?, ?> json, String place) {
        var fields = new JsonFields(json, place, problems);
        Optional<Object> confidence = fields.value("confidence");
        confidence.ifPresent(value -> {
            if (value instanceof String text && ExpressionCheck.isExpression(text)) {
                expressions.values(fields.place("confidence"), text);
            } else if (!(value instanceof Number number && number.doubleValue() >= 0 && number.doubleValue() <= 1)) {
                problems.add(fields.place("confidence"), "must be a number from 0 to 1 or an '=' expression");
            }
        });
        Optional<Object> action = fields.value("action");
        action.ifPresent(value -> {
            if (value instanceof String text && ExpressionCheck.isExpression(text)) {
                expressions.values(fields.place("action"), text);
            } else if (!(value instanceof String)) {
                problems.add(fields.place("action"), "must be an action name or an '=' expression");
            }
        });
        var thresholds = new LinkedHashMap<String, java.math.BigDecimal>();
        Map<?, ?> given = fields.object("thresholds").orElse(Map.of());
        if (given.isEmpty()) {
            problems.add(fields.place("thresholds"), "name at least one action and the confidence it must reach,"
                    + " e.g. {\"note\": 0.9}");
        }
        given.forEach((name, value) -> {
            if (value instanceof Number number && number.doubleValue() >= 0 && number.doubleValue() <= 1) {
                thresholds.put(String.valueOf(name), new java.math.BigDecimal(number.toString()));
            } else {
                problems.add(fields.place("thresholds." + name), "must be a confidence from 0 to 1");
            }
        });
        return new AutoApproval(confidence, action, thresholds);
    }

    private Node.Wait waitNode(String id, JsonFields fields) {
        Optional<Duration> duration = fields.duration("duration", Duration.ofSeconds(1), LONGEST_WAIT);
        Optional<String> until = fields.optionalText("until", 4096);
        until.ifPresent(expression -> expressions.expression(fields.place("until"), expression));
        Optional<String> event = fields.has("event") ? Optional.of(eventType(fields, "event", fields.place("event")))
                : Optional.empty();
        Optional<String> match = fields.optionalText("match", 4096);
        match.ifPresent(m -> expressions.expression(fields.place("match"), m, ExpressionCheck.EVENT_WAIT_VARIABLES));
        if (match.isPresent() && event.isEmpty()) {
            problems.add(fields.place("match"), "is only for waits for an event: name the event too");
        }
        long kinds = java.util.stream.Stream.of(fields.has("duration"), fields.has("until"), fields.has("event"))
                .filter(Boolean::booleanValue).count();
        if (kinds != 1) {
            problems.add(fields.place("duration"), "give exactly one of duration, until or event");
        }
        return new Node.Wait(id, duration, until, event, match, next(fields, "next"));
    }

    private String next(JsonFields fields, String field) {
        String target = fields.text(field, 64);
        if (!target.isEmpty()) {
            references.add(new Reference(fields.place(field), target));
        }
        return target;
    }

    private Optional<String> optionalNext(JsonFields fields, String field) {
        Optional<String> target = fields.optionalText(field, 64);
        target.ifPresent(t -> references.add(new Reference(fields.place(field), t)));
        return target;
    }

    private void checkReferences(Map<String, Node> nodes) {
        for (Reference reference : references) {
            if (!nodes.containsKey(reference.target())) {
                problems.add(reference.place(), "no node '" + reference.target() + "'" + NodeNames.closest(
                        reference.target(), nodes.keySet()).map(c -> "; did you mean '" + c + "'?").orElse(""));
            }
        }
    }
}
