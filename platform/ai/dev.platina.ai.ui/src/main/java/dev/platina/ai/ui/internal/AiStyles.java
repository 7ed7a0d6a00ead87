package dev.platina.ai.ui.internal;

/**
 * The look of the engine cards and notes. The UI bundle's frontend is precompiled and the radio buttons' parts
 * cannot take inline styles, so the rules travel with the view as one style element.
 */
final class AiStyles {

    private AiStyles() {
    }

    /** Adds the rules to the page once; a style element in the view would show up in its text. */
    static final String INSTALL = "if (!document.getElementById('pl-ai-style')) {"
            + " const style = document.createElement('style'); style.id = 'pl-ai-style';"
            + " style.textContent = $0; document.head.appendChild(style); }";

    static final String CSS = """
            .pl-ai-engines vaadin-radio-button { display: flex; box-sizing: border-box; width: 100%;
              border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-l);
              padding: var(--lumo-space-s) var(--lumo-space-m) var(--lumo-space-s) var(--lumo-space-s);
              margin-bottom: var(--lumo-space-s); }
            .pl-ai-engines vaadin-radio-button[checked] { border-color: var(--lumo-primary-color);
              box-shadow: 0 0 0 1px var(--lumo-primary-color); }
            .pl-ai-engine { display: flex; flex-direction: column; gap: var(--lumo-space-xs); white-space: normal;
              overflow-wrap: anywhere; }
            .pl-ai-engine-title { font-weight: 600; }
            .pl-ai-engine-text, .pl-ai-muted { color: var(--lumo-secondary-text-color);
              font-size: var(--lumo-font-size-s); }
            .pl-ai-note { background: var(--lumo-contrast-5pct); border-radius: var(--lumo-border-radius-m);
              padding: var(--lumo-space-s) var(--lumo-space-m); font-size: var(--lumo-font-size-s); }
            #ai-settings-view [slot='helper'], #ai-settings-view [slot='error-message'] { overflow-wrap: anywhere; }
            #ai-settings-error:empty, #ai-usage-failure:empty, #ai-learning-status:empty { display: none; }
            .pl-ai-label { display: block; color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s);
              font-weight: 500; margin-top: var(--lumo-space-s); }
            """;
}
