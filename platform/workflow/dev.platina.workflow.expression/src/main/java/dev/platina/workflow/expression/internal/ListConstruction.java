package dev.platina.workflow.expression.internal;

import java.util.ArrayList;
import java.util.List;

/** {@code [a, b, c]}. */
final class ListConstruction extends Node {

    private final List<Node> elements;

    ListConstruction(int position, List<Node> elements) {
        super(position, elements.toArray(Node[]::new));
        this.elements = List.copyOf(elements);
    }

    @Override
    Object compute(Evaluation evaluation) {
        List<Object> values = new ArrayList<>(elements.size());
        for (Node element : elements) {
            values.add(element.evaluate(evaluation));
        }
        return values;
    }
}
