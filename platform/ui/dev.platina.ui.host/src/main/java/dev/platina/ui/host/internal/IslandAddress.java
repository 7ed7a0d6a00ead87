package dev.platina.ui.host.internal;

/**
 * Where the public origin listens and where the platform's own HTTP service (Pax Web, serving {@code /api}) listens
 * on loopback. bin/setenv turns PLATINA_HTTP_PORT, PLATINA_HTTP_HOST and PLATINA_API_PORT into these properties.
 */
record IslandAddress(String host, int port, int apiPort) {

    static IslandAddress fromSystemProperties() {
        int port = Integer.getInteger("platina.http.port", 8080);
        return new IslandAddress(System.getProperty("platina.http.host", "127.0.0.1"), port,
                Integer.getInteger("platina.api.port", port + 1));
    }
}
