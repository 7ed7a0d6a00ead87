package dev.platina.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void believesTheForwardedAddressFromTheLocalProxy() {
        assertThat(ClientAddresses.of(request("127.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.of(request("::1", "198.51.100.1, 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void ignoresAForwardedHeaderFromARemotePeer() {
        assertThat(ClientAddresses.of(request("192.0.2.10", "127.0.0.1"))).isEqualTo("192.0.2.10");
    }

    @Test
    void usesThePeerWithoutAForwardedHeader() {
        assertThat(ClientAddresses.of(request("127.0.0.1", null))).isEqualTo("127.0.0.1");
        assertThat(ClientAddresses.of(null)).isNull();
    }

    /** A request with only the two facts the rule reads; a servlet container would be the heavier real part. */
    private static HttpServletRequest request(String peer, String forwardedFor) {
        Map<String, String> headers = forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor);
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
