package dev.platina.workflow.expression.internal;

/** The element name a list macro binds, {@code item} in {@code items.all(item, item.price > 0)}. */
final class BoundReference extends Node {

    private final String name;

    BoundReference(int position, String name) {
        super(position);
        this.name = name;
    }

    @Override
    Object compute(Evaluation evaluation) {
        return evaluation.bound(name);
    }
}
