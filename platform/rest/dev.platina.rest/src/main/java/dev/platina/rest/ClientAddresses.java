package dev.platina.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.servlet.http.HttpServletRequest;

/**
 * The network address of the client behind an API request. The API is reached through the public origin's proxy on
 * loopback, which puts the client's address in {@code X-Forwarded-For} and drops whatever the client claimed there;
 * so the header is believed only when the direct peer is this machine.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static String of(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !isLoopback(peer)) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return last.isEmpty() ? peer : last;
    }

    private static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
