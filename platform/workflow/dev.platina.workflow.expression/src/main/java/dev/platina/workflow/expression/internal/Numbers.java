package dev.platina.workflow.expression.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.BinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Arithmetic on the two number representations: Long for integers, BigDecimal for decimals. Integers stay integers
 * and fail on overflow instead of wrapping; as soon as one side is a decimal, the result is a decimal rounded to 34
 * significant digits.
 */
final class Numbers {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    /**
     * Decimals are kept between 10^-1000 and 10^1000. Without a bound, {@code 1e999999999} would be a cheap literal
     * whose {@code string()} is a billion characters.
     */
    private static final int MAX_EXPONENT = 1_000;
    /** Longer text cannot be a sensible number, and parsing it would cost more than it is worth. */
    private static final int MAX_NUMBER_TEXT = 1_000;

    private Numbers() {}

    static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof BigDecimal;
    }

    static BigDecimal parseDecimal(String text) {
        if (text.length() > MAX_NUMBER_TEXT) {
            throw new ValueException("a number cannot be " + Limits.format(text.length()) + " characters long");
        }
        try {
            return inRange(new BigDecimal(text, PRECISION));
        } catch (NumberFormatException e) {
            throw new ValueException("'" + text + "' is not a number");
        }
    }

    /** Keeps a decimal within the supported exponent range: too large fails, too small becomes zero. */
    static BigDecimal inRange(BigDecimal value) {
        if (value.signum() == 0) {
            // A zero may carry any scale, and 0E+100000 would print as 100,001 characters.
            return Math.abs((long) value.scale()) > MAX_EXPONENT ? BigDecimal.ZERO : value;
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > MAX_EXPONENT) {
            throw new ValueException("number out of range: decimals must be below 1e" + MAX_EXPONENT);
        }
        return exponent < -MAX_EXPONENT ? BigDecimal.ZERO : value;
    }

    static BigDecimal decimal(Object number) {
        return number instanceof Long integer ? BigDecimal.valueOf(integer) : (BigDecimal) number;
    }

    static Object add(Object left, Object right) {
        return exactly(left, right, "+", Math::addExact, (a, b) -> a.add(b, PRECISION));
    }

    static Object subtract(Object left, Object right) {
        return exactly(left, right, "-", Math::subtractExact, (a, b) -> a.subtract(b, PRECISION));
    }

    static Object multiply(Object left, Object right) {
        return exactly(left, right, "*", Math::multiplyExact, (a, b) -> a.multiply(b, PRECISION));
    }

    /** Integers stay integers (overflow is an error, never a wrap-around); anything else is a decimal. */
    private static Object exactly(Object left, Object right, String symbol, LongBinaryOperator integers,
            BinaryOperator<BigDecimal> decimals) {
        if (left instanceof Long a && right instanceof Long b) {
            try {
                return integers.applyAsLong(a, b);
            } catch (ArithmeticException e) {
                throw overflow(a + " " + symbol + " " + b);
            }
        }
        return inRange(decimals.apply(decimal(left), decimal(right)));
    }

    /** Integer division truncates toward zero, as in CEL: {@code 7 / 2 == 3}, {@code -7 / 2 == -3}. */
    static Object divide(Object left, Object right) {
        if (isZero(right)) {
            throw new ValueException("division by zero");
        }
        if (left instanceof Long a && right instanceof Long b) {
            if (a == Long.MIN_VALUE && b == -1) {
                throw overflow(a + " / " + b);
            }
            return a / b;
        }
        return inRange(decimal(left).divide(decimal(right), PRECISION));
    }

    /** The remainder of integer division, with the sign of the left side as in CEL: {@code -7 % 3 == -1}. */
    static Object remainder(Object left, Object right) {
        if (!(left instanceof Long a) || !(right instanceof Long b)) {
            throw new ValueException("'%' needs two integers, not " + ValueDescription.describe(left) + " and "
                    + ValueDescription.describe(right));
        }
        if (b == 0) {
            throw new ValueException("modulo by zero");
        }
        return a % b;
    }

    static Object negate(Object number) {
        if (number instanceof Long integer) {
            try {
                return Math.negateExact(integer);
            } catch (ArithmeticException e) {
                throw overflow("-(" + integer + ")");
            }
        }
        return ((BigDecimal) number).negate();
    }

    static int compare(Object left, Object right) {
        if (left instanceof Long a && right instanceof Long b) {
            return Long.compare(a, b);
        }
        return decimal(left).compareTo(decimal(right));
    }

    private static boolean isZero(Object number) {
        return number instanceof Long integer ? integer == 0 : ((BigDecimal) number).signum() == 0;
    }

    private static ValueException overflow(String operation) {
        return new ValueException("integer overflow: " + operation + " does not fit in 64 bits");
    }
}
