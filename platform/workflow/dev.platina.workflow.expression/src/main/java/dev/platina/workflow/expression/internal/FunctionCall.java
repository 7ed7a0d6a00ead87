package dev.platina.workflow.expression.internal;

import java.util.List;

/** A call of a whitelisted function; the receiver of {@code x.f(y)} is the first argument. */
final class FunctionCall extends Node {

    private final BuiltinFunction function;
    private final List<Node> arguments;

    FunctionCall(int position, BuiltinFunction function, List<Node> arguments) {
        super(position, arguments.toArray(Node[]::new));
        this.function = function;
        this.arguments = List.copyOf(arguments);
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i).evaluate(evaluation);
        }
        return function.apply(values, evaluation);
    }
}
