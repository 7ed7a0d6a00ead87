package dev.platina.identity.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The permissions the platform knows, each with the sentence an admin reads when granting it. */
public final class Permission {

    public static final String ORGANIZATIONS_READ = "organizations:read";
    public static final String ORGANIZATIONS_WRITE = "organizations:write";
    public static final String USERS_READ = "users:read";
    public static final String USERS_WRITE = "users:write";
    public static final String ROLES_READ = "roles:read";
    public static final String ROLES_WRITE = "roles:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String SESSIONS_READ = "sessions:read";
    public static final String SETTINGS_WRITE = "settings:write";
    public static final String MARKETPLACE_INSTALL = "marketplace:install";
    public static final String SKILLS_ENABLE = "skills:enable";
    public static final String WORKFLOWS_READ = "workflows:read";
    public static final String WORKFLOWS_EDIT = "workflows:edit";
    public static final String WORKFLOWS_RUN = "workflows:run";
    public static final String APPROVALS_READ = "approvals:read";
    public static final String APPROVALS_DECIDE = "approvals:decide";

    private static final Map<String, String> DESCRIPTIONS;

    static {
        var descriptions = new LinkedHashMap<String, String>();
        descriptions.put(ORGANIZATIONS_READ, "See the organisations below this one");
        descriptions.put(ORGANIZATIONS_WRITE, "Create, suspend and delete organisations below this one");
        descriptions.put(USERS_READ, "See the users of this organisation");
        descriptions.put(USERS_WRITE, "Create, change and disable users, reset passwords");
        descriptions.put(ROLES_READ, "See roles and their permissions");
        descriptions.put(ROLES_WRITE, "Create, change and delete custom roles");
        descriptions.put(AUDIT_READ, "Read and verify the audit trail");
        descriptions.put(SESSIONS_READ, "See who is signed in");
        descriptions.put(SETTINGS_WRITE, "Change the organisation's settings and limits");
        descriptions.put(MARKETPLACE_INSTALL, "Install, upgrade and remove skills on this installation");
        descriptions.put(SKILLS_ENABLE, "Enable skills for this organisation and grant their permissions");
        descriptions.put(WORKFLOWS_READ, "See workflows and their runs");
        descriptions.put(WORKFLOWS_EDIT, "Create and change workflows");
        descriptions.put(WORKFLOWS_RUN, "Start workflow runs");
        descriptions.put(APPROVALS_READ, "See approval tasks");
        descriptions.put(APPROVALS_DECIDE, "Approve, reject and edit proposed actions");
        DESCRIPTIONS = Collections.unmodifiableMap(descriptions);
    }

    private Permission() {
    }

    /** Every known permission, in a stable order. */
    public static Set<String> all() {
        return DESCRIPTIONS.keySet();
    }

    /** What the permission allows, in plain words. */
    public static String describe(String permission) {
        return DESCRIPTIONS.getOrDefault(permission, permission);
    }

    public static boolean isKnown(String permission) {
        return DESCRIPTIONS.containsKey(permission);
    }
}
