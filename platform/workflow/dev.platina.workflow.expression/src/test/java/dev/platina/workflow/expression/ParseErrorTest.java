package dev.platina.workflow.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ParseErrorTest {

    @Test
    void unclosedParenthesisIsReportedAtTheEnd() {
        ExpressionException error = compileError("(input.a > 1");

        assertThat(error).hasMessage("column 13: expected ')' but found end of expression");
        assertThat(error.column()).isEqualTo(13);
        assertThat(error.reason()).isEqualTo("expected ')' but found end of expression");
    }

    @Test
    void missingRightOperandIsReported() {
        assertThat(compileError("input.amount >"))
                .hasMessage("column 15: expected a value but found end of expression");
    }

    @Test
    void twoOperatorsInARowAreReportedAtTheSecond() {
        assertThat(compileError("1 + * 2")).hasMessage("column 5: expected a value but found '*'");
    }

    @Test
    void emptyExpressionExpectsAValue() {
        assertThat(compileError("")).hasMessage("column 1: expected a value but found end of expression");
    }

    @Test
    void dotNeedsAFieldName() {
        assertThat(compileError("input."))
                .hasMessage("column 7: expected a field or function name after '.' but found end of expression");
    }

    @Test
    void unclosedListIsReported() {
        assertThat(compileError("[1, 2")).hasMessage("column 6: expected ',' or ']' but found end of expression");
    }

    @Test
    void mapEntryNeedsAColon() {
        assertThat(compileError("{'a' 1}")).hasMessage("column 6: expected ':' after the map key but found number 1");
    }

    @Test
    void valueAfterACompleteExpressionIsReported() {
        assertThat(compileError("1 2"))
                .hasMessage("column 3: expected an operator or the end of the expression but found number 2");
    }

    @Test
    void ternaryNeedsItsColon() {
        assertThat(compileError("a ? 1 2"))
                .hasMessage("column 7: expected ':' after the '?' branch but found number 2");
    }

    @Test
    void singleEqualsSignSuggestsComparison() {
        assertThat(compileError("a = 1")).hasMessage("column 3: unexpected character '='; compare with '=='");
    }

    @Test
    void singleAmpersandSuggestsAnd() {
        assertThat(compileError("a & b")).hasMessage("column 3: unexpected character '&'; write '&&' for 'and'");
    }

    @Test
    void unknownCharacterIsNamed() {
        assertThat(compileError("1 # 2")).hasMessage("column 3: unexpected character '#'");
    }

    @Test
    void unclosedStringIsReportedAtTheEnd() {
        assertThat(compileError("'abc"))
                .hasMessage("column 5: expected ' to close the string but found end of expression");
    }

    @Test
    void unknownEscapeIsReported() {
        assertThat(compileError("'a\\q'").reason()).startsWith("unknown escape '\\q'");
        assertThat(compileError("'a\\q'").column()).isEqualTo(3);
    }

    @Test
    void shortUnicodeEscapeIsReported() {
        assertThat(compileError("'\\u12'")).hasMessage("column 2: expected 4 hex digits after \\u");
    }

    @Test
    void lineBreakInsideStringIsReported() {
        assertThat(compileError("'a\nb'")).hasMessage("column 3: line break inside a string; write \\n instead");
    }

    @Test
    void reservedWordCannotBeAName() {
        assertThat(compileError("input.package").reason())
                .isEqualTo("'package' is a reserved word and cannot be a name; read a field with that name as"
                        + " x['package']");
    }

    @Test
    void integerLiteralBeyondLongIsReported() {
        assertThat(compileError("9223372036854775808").reason())
                .isEqualTo("number 9223372036854775808 is too large for an integer;"
                        + " the largest is 9223372036854775807");
    }

    @Test
    void unknownFunctionIsACompileError() {
        assertThat(compileError("1 + foo(2)")).hasMessage("column 5: unknown function 'foo'");
    }

    @Test
    void wrongArgumentCountIsACompileError() {
        assertThat(compileError("size()")).hasMessage("column 1: size() takes 1 argument, not 0");
        assertThat(compileError("'a'.trim(1)")).hasMessage("column 5: trim() takes 0 arguments, not 1");
    }

    @Test
    void globalFunctionCalledAsMethodSaysHowToCallIt() {
        assertThat(compileError("'1'.int()")).hasMessage("column 5: int() is called as int(x), not x.int()");
    }

    @Test
    void methodCalledAsGlobalFunctionSaysHowToCallIt() {
        assertThat(compileError("contains('ab', 'a')"))
                .hasMessage("column 1: contains() is called on a value, as x.contains(…)");
    }

    @Test
    void listMacroCalledAsGlobalFunctionSaysHowToCallIt() {
        assertThat(compileError("all(items, true)"))
                .hasMessage("column 1: all() is called on a list, as items.all(item, …)");
    }

    @Test
    void hasNeedsAFieldSelection() {
        assertThat(compileError("has(input)"))
                .hasMessage("column 1: has() needs one field selection, as in has(input.amount)");
    }

    @Test
    void listMacroNeedsANameForTheElement() {
        assertThat(compileError("[1].all(1, true)"))
                .hasMessage("column 9: expected a name for each element, as in items.all(item, …), but found number 1");
    }

    private static ExpressionException compileError(String source) {
        return catchThrowableOfType(ExpressionException.class, () -> Expression.compile(source));
    }
}
