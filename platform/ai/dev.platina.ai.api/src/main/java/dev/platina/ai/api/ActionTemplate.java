package dev.platina.ai.api;

import java.util.Objects;

/**
 * An action a skill offers, described in plain words, with a reply template whose placeholders such as
 * {@code {name}} are filled from the fields extracted from the case.
 */
public record ActionTemplate(String action, String description, String draftTemplate) {

    public ActionTemplate {
        Objects.requireNonNull(action, "action");
        description = description == null ? "" : description;
        draftTemplate = draftTemplate == null ? "" : draftTemplate;
    }
}
