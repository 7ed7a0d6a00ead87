package dev.platina.workflow.ui.internal.builder;

/**
 * The builder's layout rules. They need media queries, which inline styles cannot carry, and the UI bundle's
 * frontend is precompiled, so they travel with the view as one style element.
 */
final class BuilderStyles {

    private BuilderStyles() {
    }

    /** Adds the rules to the page once; a style element in the view would show up in its text. */
    static final String INSTALL = "if (!document.getElementById('pl-builder-style')) {"
            + " const style = document.createElement('style'); style.id = 'pl-builder-style';"
            + " style.textContent = $0; document.head.appendChild(style); }";

    static final String CSS = """
            .pl-builder-header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--lumo-space-m);
              width: 100%; }
            .pl-builder-header h2 { margin: 0; }
            .pl-saved { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
            .pl-builder-body { display: flex; flex-wrap: wrap; gap: var(--lumo-space-m); width: 100%;
              align-items: flex-start; }
            .pl-side-palette { flex: 0 0 11rem; max-height: 70vh; overflow-y: auto;
              border-right: 1px solid var(--lumo-contrast-10pct); padding-right: var(--lumo-space-s); }
            .pl-palette-entry { display: block; width: 100%; text-align: left; }
            .pl-canvas { flex: 3 1 24rem; min-width: 0; overflow-x: auto; }
            .pl-editor { flex: 1 1 16rem; max-width: 100%; }
            .pl-start { display: flex; align-items: center; gap: var(--lumo-space-s); margin-bottom: var(--lumo-space-m);
              font-weight: 600; }
            .pl-diagram { position: relative; display: grid; row-gap: 2.75rem; column-gap: var(--lumo-space-m);
              align-items: start; padding-bottom: var(--lumo-space-m); }
            .pl-edges { position: absolute; inset: 0; pointer-events: none; color: var(--lumo-contrast-40pct);
              z-index: 0; }
            .pl-edges svg { position: absolute; top: 0; left: 0; overflow: visible; }
            .pl-edges path { fill: none; stroke: currentColor; stroke-width: 1.5; }
            .pl-node { position: relative; z-index: 1; background: var(--lumo-base-color);
              border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-l);
              box-shadow: var(--lumo-box-shadow-xs); padding: var(--lumo-space-s); min-width: 0;
              overflow-wrap: anywhere; }
            .pl-node-head { cursor: pointer; border-radius: var(--lumo-border-radius-m); outline: none; }
            .pl-node-head:focus-visible { box-shadow: 0 0 0 2px var(--lumo-primary-color-50pct); }
            .pl-node.pl-selected { border-color: var(--lumo-primary-color); box-shadow: 0 0 0 2px
              var(--lumo-primary-color-50pct); }
            .pl-node.pl-invalid { border-color: var(--lumo-error-color); }
            .pl-node-kind { font-size: var(--lumo-font-size-xs); text-transform: uppercase; letter-spacing: .04em;
              color: var(--lumo-secondary-text-color); margin-right: var(--lumo-space-s); }
            .pl-node-id { font-family: monospace; font-size: var(--lumo-font-size-s); }
            .pl-node-summary { font-weight: 600; margin: var(--lumo-space-xs) 0; }
            .pl-node-approval { border-left: 4px solid var(--lumo-warning-color, #e6a700); }
            .pl-node-condition, .pl-node-parallel-branches, .pl-node-join { background: var(--lumo-contrast-5pct); }
            .pl-node-end { border-style: dashed; }
            .pl-node-problem { color: var(--lumo-error-text-color); font-size: var(--lumo-font-size-s); }
            .pl-node-run { margin: var(--lumo-space-xs) 0; display: inline-block; }
            .pl-slot { display: flex; align-items: center; justify-content: space-between; gap: var(--lumo-space-xs);
              font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
            .pl-slot-label { min-width: 0; overflow-wrap: anywhere; }
            .pl-editor-heading { font-weight: 600; margin: var(--lumo-space-m) 0 var(--lumo-space-xs); }
            .pl-json { white-space: pre-wrap; overflow-wrap: anywhere; font-size: var(--lumo-font-size-xs);
              background: var(--lumo-contrast-5pct); padding: var(--lumo-space-s); margin: 0; }
            .pl-test-run { width: 100%; max-width: 48rem; }
            @media (max-width: 640px) {
              .pl-side-palette { display: none; }
              .pl-canvas { flex-basis: 100%; overflow-x: visible; }
              .pl-diagram { display: flex; flex-direction: column; gap: var(--lumo-space-s); }
              .pl-edges { display: none; }
              .pl-node { width: auto; }
            }
            """;
}
