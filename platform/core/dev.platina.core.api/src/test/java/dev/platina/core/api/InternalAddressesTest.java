package dev.platina.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class InternalAddressesTest {

    @Test
    void thisMachinePrivateNetworksAndMetadataAreInternal() throws Exception {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "0.0.0.0", "0.1.2.3", "10.0.0.1",
                "172.16.0.1", "172.31.255.254", "192.168.1.20", "169.254.169.254", "100.64.0.1", "100.127.255.254",
                "224.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"}) {
            assertThat(InternalAddresses.isInternal(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void publicAddressesAreNot() throws Exception {
        for (String address : new String[] {"8.8.8.8", "93.184.215.14", "172.32.0.1", "100.63.255.255",
                "100.128.0.1", "11.0.0.1", "2606:4700::1111", "2001:db8::1"}) {
            assertThat(InternalAddresses.isInternal(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void namesAndLiteralsAreResolvedAndUnknownNamesGiveNone() {
        assertThat(InternalAddresses.firstInternal("localhost")).isPresent();
        assertThat(InternalAddresses.firstInternal("[::1]")).isPresent();
        assertThat(InternalAddresses.firstInternal("10.1.2.3")).isPresent();
        assertThat(InternalAddresses.firstInternal("8.8.8.8")).isEmpty();
        assertThat(InternalAddresses.firstInternal("platina-test.invalid")).isEmpty();
    }
}
