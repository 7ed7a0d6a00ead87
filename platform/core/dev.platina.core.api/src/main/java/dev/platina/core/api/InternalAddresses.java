package dev.platina.core.api;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which IP addresses are internal: this machine, private networks and addresses a server must not let its users
 * reach on its behalf (a cloud's metadata service). One rule for every place that calls an address a user entered
 * (the HTTP step, push endpoints, connection addresses), so they refuse the same ones.
 */
public final class InternalAddresses {

    private InternalAddresses() {
    }

    /**
     * Loopback, unspecified, private (RFC 1918), link-local (169.254/16, fe80::/10), multicast, IPv6 unique local
     * (fc00::/7), "this network" (0/8) and carrier-grade NAT (100.64/10, often a provider's internal range).
     */
    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second < 128;
    }

    /**
     * The first internal address a host name or literal ({@code [v6]} too) resolves to. A name that does not resolve
     * gives none: the call that follows fails on it in its own words (and may resolve later).
     */
    public static Optional<InetAddress> firstInternal(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress address : InetAddress.getAllByName(name)) {
                if (isInternal(address)) {
                    return Optional.of(address);
                }
            }
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
