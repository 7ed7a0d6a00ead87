package dev.platina.workflow.expression.internal;

import dev.platina.workflow.expression.ExpressionException;
import java.util.Map;
import java.util.Set;

/** A parsed expression ready to evaluate; the engine behind {@link dev.platina.workflow.expression.Expression}. */
public final class Program {

    private final Node root;
    private final Set<String> variables;

    private Program(Node root, Set<String> variables) {
        this.root = root;
        this.variables = variables;
    }

    /** @throws ExpressionException when the source is too long, malformed, too deep or calls an unknown function */
    public static Program compile(String source) {
        if (source.length() > Limits.MAX_SOURCE_LENGTH) {
            throw new ExpressionException(0, "the expression is " + Limits.format(source.length())
                    + " characters long; the limit is " + Limits.format(Limits.MAX_SOURCE_LENGTH));
        }
        Parser.Result parsed = Parser.parse(source);
        return new Program(parsed.root(), parsed.variables());
    }

    public Object evaluate(Map<String, ?> variables) {
        Evaluation evaluation = new Evaluation(variables);
        Object result = root.evaluate(evaluation);
        try {
            return Values.export(result, evaluation);
        } catch (ValueException e) {
            throw new ExpressionException(0, e.getMessage());
        }
    }

    public boolean test(Map<String, ?> variables) {
        Object result = evaluate(variables);
        if (result instanceof Boolean condition) {
            return condition;
        }
        throw new ExpressionException(0, "a condition must give true or false, but this one gives "
                + ValueDescription.describe(result));
    }

    public Set<String> variables() {
        return variables;
    }
}
