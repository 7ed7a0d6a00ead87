package dev.platina.identity.api;

/** What it takes to create an organisation: its name, kind, limits and its first Admin. */
public record NewOrganization(
        String slug,
        String name,
        Organization.Kind kind,
        Organization.Limits limits,
        boolean totpRequired,
        NewUser admin) {
}
