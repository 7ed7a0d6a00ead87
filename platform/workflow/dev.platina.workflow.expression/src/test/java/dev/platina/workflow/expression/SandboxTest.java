package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing an expression writes can reach Java: only maps, lists and the whitelisted functions exist. */
class SandboxTest {

    @Test
    void getClassIsAnUnknownFunction() {
        assertThat(failureOf("input.getClass()", Map.of("input", Map.of())))
                .hasMessage("column 7: unknown function 'getClass'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"toString", "hashCode", "equals", "wait", "notify", "getRuntime", "exec", "forName",
            "invoke", "newInstance", "getMethod", "exit"})
    void javaMethodNamesAreUnknownFunctions(String method) {
        assertThat(failureOf("'a'." + method + "()").reason()).isEqualTo("unknown function '" + method + "'");
        assertThat(failureOf(method + "('a')").reason()).isEqualTo("unknown function '" + method + "'");
    }

    @Test
    void classIsJustAMissingFieldOfAString() {
        assertThat(failureOf("''.class"))
                .hasMessage("column 4: cannot read field 'class' of string ''; only maps have fields");
    }

    @Test
    void javaPackagesAreUnknownVariables() {
        assertThat(failureOf("java.lang.Runtime")).hasMessage("column 1: no variable named 'java' was given");
        assertThat(failureOf("java.lang.Runtime.getRuntime().exec('ls')").reason())
                .isEqualTo("unknown function 'getRuntime'");
    }

    @Test
    void fieldNamedClassOnAMapIsOrdinaryData() {
        assertThat(evaluate("{'class': 'gold'}.class")).isEqualTo("gold");
    }

    @Test
    void objectsOtherThanJsonLikeValuesAreRefusedWithoutBeingInspected() {
        AtomicBoolean touched = new AtomicBoolean();
        Object account = new Object() {
            public String password() {
                touched.set(true);
                return "secret";
            }

            @Override
            public String toString() {
                touched.set(true);
                return "secret";
            }
        };

        ExpressionException error = failureOf("input.account.password", Map.of("input", Map.of("account", account)));

        assertThat(error.reason()).contains("which expressions cannot read");
        assertThat(touched).isFalse();
    }

    @Test
    void hostMapsCannotBeChangedByAnExpression() {
        assertThat(failureOf("input.clear()", Map.of("input", Map.of())).reason())
                .isEqualTo("unknown function 'clear'");
    }
}
