package dev.platina.workflow.expression.internal;

import java.util.Optional;

/**
 * The whitelist of callable functions. The parser resolves every call against this list, so an unknown name such as
 * {@code getClass} is a compile error and nothing else can ever be invoked. The list macros and {@code has()} are
 * syntax, handled by the parser, and not listed here.
 */
enum BuiltinFunction {
    SIZE("size", false, 1, (values, evaluation) -> Conversions.size(values[0], evaluation)),
    SIZE_OF_RECEIVER("size", true, 0, (values, evaluation) -> Conversions.size(values[0], evaluation)),
    INT("int", false, 1, (values, evaluation) -> Conversions.toInteger(values[0])),
    DOUBLE("double", false, 1, (values, evaluation) -> Conversions.toDecimal(values[0])),
    STRING("string", false, 1, (values, evaluation) -> Conversions.toText(values[0])),
    CONTAINS("contains", true, 1, TextFunctions::contains),
    STARTS_WITH("startsWith", true, 1, TextFunctions::startsWith),
    ENDS_WITH("endsWith", true, 1, TextFunctions::endsWith),
    LOWER_ASCII("lowerAscii", true, 0, TextFunctions::lowerAscii),
    UPPER_ASCII("upperAscii", true, 0, TextFunctions::upperAscii),
    TRIM("trim", true, 0, TextFunctions::trim);

    @FunctionalInterface
    interface Implementation {
        /** @param values the receiver first for methods, then the arguments */
        Object apply(Object[] values, Evaluation evaluation);
    }

    private final String functionName;
    private final boolean method;
    private final int arguments;
    private final Implementation implementation;

    BuiltinFunction(String functionName, boolean method, int arguments, Implementation implementation) {
        this.functionName = functionName;
        this.method = method;
        this.arguments = arguments;
        this.implementation = implementation;
    }

    /**
     * The function a call names, or a compile error that says how to call it instead.
     *
     * @param method whether it is called on a receiver, {@code x.f()}, rather than as {@code f(x)}
     */
    static BuiltinFunction resolve(Token name, boolean method) {
        String function = name.text();
        Optional<BuiltinFunction> found = find(function, method);
        if (found.isPresent()) {
            return found.get();
        }
        if (method && (function.equals("has") || find(function, false).isPresent())) {
            throw TokenStream.error(name, function + "() is called as " + function + "(x), not x." + function + "()");
        } else if (!method && find(function, true).isPresent()) {
            throw TokenStream.error(name, function + "() is called on a value, as x." + function + "(…)");
        } else if (!method && Comprehension.Kind.named(function) != null) {
            throw TokenStream.error(name, function + "() is called on a list, as items." + function + "(item, …)");
        }
        throw TokenStream.error(name, "unknown function '" + function + "'");
    }

    private static Optional<BuiltinFunction> find(String name, boolean method) {
        for (BuiltinFunction function : values()) {
            if (function.functionName.equals(name) && function.method == method) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** @param count the arguments in the call, not counting the receiver */
    void checkArgumentCount(Token name, int count) {
        if (count != arguments) {
            throw TokenStream.error(name, functionName + "() takes " + arguments
                    + (arguments == 1 ? " argument" : " arguments") + ", not " + count);
        }
    }

    Object apply(Object[] values, Evaluation evaluation) {
        return implementation.apply(values, evaluation);
    }
}
