package dev.platina.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.rest.ProblemException;
import dev.platina.rest.ProblemType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class JsonProviderTest {

    record Person(String name, int age) {
    }

    private final JsonProvider provider = new JsonProvider();

    @Test
    void readsAValidBody() throws Exception {
        assertThat(read("{\"name\":\"Ada\",\"age\":36}")).isEqualTo(new Person("Ada", 36));
    }

    @Test
    void unknownFieldIsAValidationProblemNamingTheField() {
        assertThatThrownBy(() -> read("{\"name\":\"Ada\",\"age\":36,\"agee\":36}"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.problemType()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(p.getMessage()).contains("'agee'").contains("not a known field");
                    assertThat(p.extensions().get("errors").toString()).contains("field=agee");
                });
    }

    @Test
    void missingPrimitiveIsReportedAsRequired() {
        assertThatThrownBy(() -> read("{\"name\":\"Ada\"}"))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.getMessage()).isEqualTo("Field 'age' is required."));
    }

    @Test
    void wrongTypeIsAValidationProblemWithoutJavaInternals() {
        assertThatThrownBy(() -> read("{\"name\":\"Ada\",\"age\":\"old\"}"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.getMessage()).contains("'age'").doesNotContain("java.", "Person");
                });
    }

    @Test
    void brokenJsonIsAMalformedRequestWithItsPosition() {
        assertThatThrownBy(() -> read("{\"name\": }"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.problemType()).isEqualTo(ProblemType.MALFORMED_REQUEST);
                    assertThat(p.getMessage()).contains("line 1, column");
                });
    }

    @Test
    void emptyBodyIsAMalformedRequest() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.getMessage()).isEqualTo("The body is empty; send a JSON object."));
    }

    @Test
    void writesProblemJsonAndSkipsPlainStrings() {
        assertThat(provider.isWriteable(Person.class, Person.class, null,
                MediaType.valueOf("application/problem+json"))).isTrue();
        assertThat(provider.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(String json) throws Exception {
        return provider.readFrom((Class) Person.class, Person.class, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
