package dev.platina.workflow.expression.internal;

/**
 * A value was not what an operation needs. Thrown by the helpers that know the values but not the place; the
 * expression node that called them adds its column (see {@link Node#evaluate(Evaluation)}).
 */
final class ValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ValueException(String reason) {
        // No stack trace: the node turns this into an ExpressionException at once, and traces cost time in list macros.
        super(reason, null, false, false);
    }
}
