package dev.platina.workflow.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may decide an approval task: holders of one of {@code roles}, or of {@code permission}, or the named users;
 * {@code approvals} of them must approve. {@code editable} lets approvers change the proposed parameters.
 * {@code escalateTo} are the roles that may also decide once the task expired and escalated. {@code autoApprove}
 * lets confident proposals through without people.
 */
record ApprovalPolicy(List<String> roles, Optional<String> permission, List<String> users, int approvals,
        boolean editable, List<String> escalateTo, Optional<AutoApproval> autoApprove) {

    /** As stored with each task, so the task keeps the policy it was created under. */
    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("roles", roles);
        permission.ifPresent(p -> json.put("permission", p));
        json.put("users", users);
        json.put("approvals", approvals);
        json.put("editable", editable);
        json.put("escalateTo", escalateTo);
        autoApprove.ifPresent(auto -> json.put("autoApprove", auto.toJson()));
        return json;
    }

    static ApprovalPolicy fromJson(Map<String, Object> json) {
        return new ApprovalPolicy(texts(json.get("roles")), Optional.ofNullable((String) json.get("permission")),
                texts(json.get("users")), ((Number) json.getOrDefault("approvals", 1)).intValue(),
                Boolean.TRUE.equals(json.get("editable")), texts(json.get("escalateTo")),
                AutoApproval.fromJson(json.get("autoApprove")));
    }

    private static List<String> texts(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
