package dev.platina.integration.impl.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A vendor's API on the JDK's HTTP server at a loopback port, for connector skills' tests (through the test jar).
 * It can go down (the port closes, as in an outage) and come back on the same port, so the connection's stored
 * address still reaches it.
 */
public abstract class LoopbackPeer implements AutoCloseable {

    private volatile int port;
    private volatile HttpServer server;

    /** Mounts the peer's handlers on a new server; called on opening and again each time the peer comes back. */
    protected abstract void route(HttpServer http);

    /** Starts listening on a free port; the subclass calls it last in its constructor, once its handlers can run. */
    protected final void open() throws IOException {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public final String origin() {
        return "http://127.0.0.1:" + port;
    }

    /** The base URL an administrator enters for this vendor; the origin unless the vendor's API lives below it. */
    public String baseUrl() {
        return origin();
    }

    public void goDown() {
        server.stop(0);
    }

    public void comeBack() throws IOException {
        server = listen(port);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        route(http);
        http.start();
        return http;
    }
}
