package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FunctionTest {

    @Test
    void sizeCountsCharactersElementsAndEntries() {
        assertThat(evaluate("size('héllo')")).isEqualTo(5L);
        assertThat(evaluate("size([1, 2, 3])")).isEqualTo(3L);
        assertThat(evaluate("size({'a': 1})")).isEqualTo(1L);
    }

    @Test
    void sizeCountsAnEmojiAsOneCharacter() {
        assertThat(evaluate("size('\uD83D\uDE00')")).isEqualTo(1L);
    }

    @Test
    void sizeCanBeCalledOnTheValue() {
        assertThat(evaluate("'abc'.size() == 3")).isEqualTo(true);
    }

    @Test
    void sizeOfANumberFails() {
        assertThat(failureOf("size(5)")).hasMessage("column 1: size() needs a string, list or map, not number 5");
    }

    @Test
    void intParsesTextAndTruncatesDecimals() {
        assertThat(evaluate("int('42')")).isEqualTo(42L);
        assertThat(evaluate("int(2.9)")).isEqualTo(2L);
        assertThat(evaluate("int(-2.9)")).isEqualTo(-2L);
        assertThat(evaluate("int(7)")).isEqualTo(7L);
    }

    @Test
    void intRejectsTextThatIsNotAnInteger() {
        assertThat(failureOf("int('4x')")).hasMessage("column 1: int() cannot convert string '4x' to an integer");
        assertThat(failureOf("int('2.5')").reason()).isEqualTo("int() cannot convert string '2.5' to an integer");
    }

    @Test
    void intRejectsDecimalsBeyondTheIntegerRange() {
        assertThat(failureOf("int(1e30)").reason()).endsWith("it is outside the integer range");
    }

    @Test
    void intRejectsBooleans() {
        assertThat(failureOf("int(true)").reason()).isEqualTo("int() cannot convert boolean true");
    }

    @Test
    void doubleGivesADecimal() {
        assertThat(evaluate("double('2.50')")).isEqualTo(new BigDecimal("2.50"));
        assertThat(evaluate("double(3)")).isEqualTo(new BigDecimal("3"));
        assertThat(evaluate("double(3) / 2")).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void doubleRejectsText() {
        assertThat(failureOf("double('abc')").reason()).isEqualTo("double() cannot convert string 'abc' to a number");
        assertThat(failureOf("double('NaN')").reason()).isEqualTo("double() cannot convert string 'NaN' to a number");
    }

    @Test
    void stringWritesNumbersAndBooleans() {
        assertThat(evaluate("string(42)")).isEqualTo("42");
        assertThat(evaluate("string(2.50)")).isEqualTo("2.50");
        assertThat(evaluate("string(1e3)")).isEqualTo("1000");
        assertThat(evaluate("string(true)")).isEqualTo("true");
        assertThat(evaluate("string('a')")).isEqualTo("a");
    }

    @Test
    void stringRejectsListsAndNull() {
        assertThat(failureOf("string([1])").reason()).isEqualTo("string() cannot convert list [1]");
        assertThat(failureOf("string(null)").reason()).isEqualTo("string() cannot convert null");
    }

    @Test
    void containsFindsText() {
        assertThat(evaluate("'invoice 2024-17'.contains('2024')")).isEqualTo(true);
        assertThat(evaluate("'invoice'.contains('Invoice')")).isEqualTo(false);
        assertThat(evaluate("'abc'.contains('')")).isEqualTo(true);
    }

    @Test
    void startsWithAndEndsWith() {
        assertThat(evaluate("'INV-17'.startsWith('INV-')")).isEqualTo(true);
        assertThat(evaluate("'INV-17'.startsWith('17')")).isEqualTo(false);
        assertThat(evaluate("'report.pdf'.endsWith('.pdf')")).isEqualTo(true);
    }

    @Test
    void caseChangesOnlyAsciiLetters() {
        assertThat(evaluate("'ÄbC-1'.lowerAscii()")).isEqualTo("Äbc-1");
        assertThat(evaluate("'straße'.upperAscii()")).isEqualTo("STRAßE");
    }

    @Test
    void trimRemovesSurroundingWhiteSpace() {
        assertThat(evaluate("'  a b \\t\\n'.trim()")).isEqualTo("a b");
    }

    @Test
    void stringMethodsCanBeChained() {
        assertThat(evaluate("'  EUR '.trim().lowerAscii() == 'eur'")).isEqualTo(true);
    }

    @Test
    void containsOnAListPointsToIn() {
        assertThat(failureOf("[1].contains(1)"))
                .hasMessage("column 5: contains() works on strings, not list [1]; for lists write 'x in list'");
    }

    @Test
    void stringMethodNeedsAStringArgument() {
        assertThat(failureOf("'a1'.contains(1)"))
                .hasMessage("column 6: contains() needs a string argument, not number 1");
    }

    @Test
    void stringMethodOnANumberFails() {
        assertThat(failureOf("5.trim()").reason()).isEqualTo("trim() works on strings, not number 5");
    }
}
