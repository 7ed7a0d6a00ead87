package dev.platina.identity.api;

/** A partial update: null fields stay as they are. */
public record OrganizationChanges(
        String name,
        Organization.Status status,
        Organization.Limits limits,
        Boolean totpRequired) {
}
