package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.platina.workflow.api.RunTask;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The workflow drawn top to bottom on a CSS grid ({@link DiagramLayout}), with arrows drawn by a few lines of
 * script into an SVG behind the cards once the browser has placed them. Below 640 px the cards stack in reading
 * order and the arrows give way to each card's list of paths, so a phone reads it without sideways scrolling.
 */
final class Diagram extends Div {

    private static final long serialVersionUID = 1L;

    /** Draws an arrow from each card to the cards it leads to; again whenever the diagram changes size. */
    private static final String DRAW_ARROWS = """
            const host = this;
            host.__plDraw = () => {
              const layer = host.querySelector(':scope > .pl-edges');
              if (!layer) return;
              let svg = layer.querySelector('svg');
              if (!svg) {
                svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
                layer.appendChild(svg);
              }
              svg.setAttribute('width', host.scrollWidth);
              svg.setAttribute('height', host.scrollHeight);
              svg.innerHTML = '<defs><marker id="pl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"'
                + ' markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="currentColor"/></marker></defs>';
              if (getComputedStyle(layer).display === 'none') return;
              const box = host.getBoundingClientRect();
              const ns = 'http://www.w3.org/2000/svg';
              host.querySelectorAll('[data-node]').forEach(card => {
                const a = card.getBoundingClientRect();
                (card.dataset.targets || '').split(' ').filter(t => t).forEach(t => {
                  const target = host.querySelector('[data-node="' + CSS.escape(t) + '"]');
                  if (!target) return;
                  const b = target.getBoundingClientRect();
                  const x1 = a.left + a.width / 2 - box.left + host.scrollLeft;
                  const y1 = a.bottom - box.top + host.scrollTop;
                  const x2 = b.left + b.width / 2 - box.left + host.scrollLeft;
                  const y2 = b.top - box.top + host.scrollTop;
                  const bend = Math.max(24, Math.abs(y2 - y1) / 2);
                  const path = document.createElementNS(ns, 'path');
                  path.setAttribute('d', y2 > y1
                    ? `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2 - 2}`
                    : `M${x1},${y1} C${x1 + 120},${y1 + 60} ${x2 + 120},${y2 - 60} ${x2},${y2 - 2}`);
                  path.setAttribute('marker-end', 'url(#pl-arrow)');
                  svg.appendChild(path);
                });
              });
            };
            requestAnimationFrame(() => host.__plDraw());
            setTimeout(() => host.__plDraw(), 250);
            if (!host.__plObserver) {
              host.__plObserver = new ResizeObserver(() => host.__plDraw());
              host.__plObserver.observe(host);
            }
            """;

    Diagram() {
        setId("workflow-diagram");
        addClassName("pl-diagram");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", "Workflow diagram");
    }

    /** What the diagram shows. */
    record Picture(Draft draft, NodeProblems problems, Map<String, RunTask> run, Map<String, String> stepTitles,
            String selected) {
    }

    void show(Picture picture, NodeCard.Insertion insertion, Consumer<String> select) {
        removeAll();
        // The arrows' layer: the script fills it; the server only ever replaces it whole.
        Div edges = new Div();
        edges.addClassName("pl-edges");
        edges.getElement().setAttribute("aria-hidden", "true");
        add(edges);
        DiagramLayout layout = DiagramLayout.of(picture.draft());
        getStyle().set("grid-template-columns", "repeat(" + layout.columns() + ", minmax(6.5rem, 1fr))");
        Set<String> reachable = picture.draft().reachable();
        for (String id : layout.readingOrder()) {
            DiagramLayout.Cell cell = layout.cells().get(id);
            Map<String, Object> node = picture.draft().node(id);
            var problems = new java.util.ArrayList<>(picture.problems().lines(id));
            if (!reachable.contains(id) && problems.isEmpty()) {
                problems.add("No path leads here: connect it or remove it");
            }
            NodeCard card = new NodeCard(id, node, NodeText.summary(node, picture.stepTitles()), problems,
                    Optional.ofNullable(picture.run().get(id)), picture.draft().slots(id),
                    id.equals(picture.selected()), insertion, select);
            card.getElement().setAttribute("role", "listitem");
            card.getStyle().set("grid-row", String.valueOf(cell.row() + 1));
            card.getStyle().set("grid-column", (cell.column() + 1) + " / span 2");
            add(card);
        }
        if (picture.draft().nodeIds().isEmpty()) {
            add(new Span("No nodes yet."));
        }
        getElement().executeJs(DRAW_ARROWS);
    }
}
