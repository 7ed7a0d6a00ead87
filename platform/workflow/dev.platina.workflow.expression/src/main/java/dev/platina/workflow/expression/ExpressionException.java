package dev.platina.workflow.expression;

/**
 * An expression could not be compiled or evaluated. The message is written for the workflow author ("column 12:
 * expected ')' but found end of expression"); {@link #column()} and {@link #reason()} let an editor highlight the
 * place and show the words separately.
 */
public class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String reason;

    /**
     * @param column the 1-based character position in the expression source the problem is at, or 0 when it is not
     *     about one place (a limit on the whole expression, a result of the wrong type)
     * @param reason what went wrong, in plain words and without the position
     */
    public ExpressionException(int column, String reason) {
        super(column > 0 ? "column " + column + ": " + reason : reason);
        this.column = column;
        this.reason = reason;
    }

    /** The 1-based character position in the source, or 0 when the problem is not about one place. */
    public int column() {
        return column;
    }

    /** The message without the position. */
    public String reason() {
        return reason;
    }
}
