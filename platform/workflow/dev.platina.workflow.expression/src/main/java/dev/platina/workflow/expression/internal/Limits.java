package dev.platina.workflow.expression.internal;

import java.util.Locale;

/**
 * The bounds that keep any expression, however written, cheap to compile and evaluate. They are generous for real
 * conditions and mappings and small enough that one evaluation cannot hurt the node running it.
 */
final class Limits {

    static final int MAX_SOURCE_LENGTH = 4_096;
    /** Also bounds the parser's and the evaluator's recursion, so neither can overflow the stack. */
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 100_000;
    static final int MAX_LIST_SIZE = 10_000;
    /** Variables may nest deeper than expressions; this only stops runaway recursion on cyclic or absurd input. */
    static final int MAX_VALUE_DEPTH = 1_000;
    /**
     * Units of work per evaluation: one per expression node evaluated, plus one per character or element produced,
     * compared or copied. Nested list macros are what could otherwise multiply the work.
     */
    static final long MAX_COST = 10_000_000;

    private Limits() {}

    static void checkStringLength(long length) {
        if (length > MAX_STRING_LENGTH) {
            throw new ValueException("the string would be " + format(length) + " characters long; the limit is "
                    + format(MAX_STRING_LENGTH));
        }
    }

    static void checkListSize(long size) {
        if (size > MAX_LIST_SIZE) {
            throw new ValueException(
                    "the list would have " + format(size) + " elements; the limit is " + format(MAX_LIST_SIZE));
        }
    }

    static String format(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
