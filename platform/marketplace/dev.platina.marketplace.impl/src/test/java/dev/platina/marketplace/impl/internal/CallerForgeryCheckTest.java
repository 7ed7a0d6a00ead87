package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallerForgeryCheckTest {

    @Test
    void classCallingCallerSystemIsFound() throws IOException {
        assertThat(CallerForgeryCheck.forgedCallerIn(classFile(SystemCallerFixture.class))).contains("Caller.system");
    }

    @Test
    void classOnlyUsingHandedCallerIsClean() throws IOException {
        assertThat(CallerForgeryCheck.forgedCallerIn(classFile(PermissionCheckFixture.class))).isEmpty();
    }

    @Test
    void classNotTouchingCallerIsClean() throws IOException {
        assertThat(CallerForgeryCheck.forgedCallerIn(classFile(CallerForgeryCheckTest.class))).isEmpty();
    }

    @Test
    void bytesThatAreNotClassFileThrow() {
        byte[] text = "definitely not a class file".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CallerForgeryCheck.forgedCallerIn(text))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a class file");
    }

    @Test
    void truncatedClassFileThrows() throws IOException {
        byte[] whole = classFile(SystemCallerFixture.class);
        byte[] truncated = java.util.Arrays.copyOf(whole, 20);

        assertThatThrownBy(() -> CallerForgeryCheck.forgedCallerIn(truncated)).isInstanceOf(IOException.class);
    }

    private byte[] classFile(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
