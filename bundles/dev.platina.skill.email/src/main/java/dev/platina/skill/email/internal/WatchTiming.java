package dev.platina.skill.email.internal;

import java.time.Duration;

/**
 * How an IDLE watch keeps going: it ends and re-issues IDLE every {@code refresh} (RFC 2177 asks clients to do so
 * within 29 minutes, and servers and NAT boxes drop quiet connections), and after a failure it reconnects after
 * {@code firstBackoff}, doubling up to {@code longestBackoff}.
 */
record WatchTiming(Duration refresh, Duration firstBackoff, Duration longestBackoff) {

    static final WatchTiming DEFAULT = new WatchTiming(Duration.ofMinutes(25), Duration.ofSeconds(5),
            Duration.ofMinutes(5));

    /** Reads may wait a whole refresh for the server's next word, and a little longer. */
    Duration readTimeout() {
        return refresh.plusMinutes(2);
    }
}
