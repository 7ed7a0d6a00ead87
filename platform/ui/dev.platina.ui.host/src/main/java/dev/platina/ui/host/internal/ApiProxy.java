package dev.platina.ui.host.internal;

import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;

/**
 * Hands {@code /api} requests to the platform's HTTP service on loopback, so the browser, the PWA's service worker
 * and API clients all use one origin. The client's address travels in {@code X-Forwarded-For}; whatever the
 * client claimed there itself is dropped, because the API trusts that header from loopback peers only.
 */
final class ApiProxy extends ProxyHandler {

    private final int apiPort;

    ApiProxy(int apiPort) {
        this.apiPort = apiPort;
    }

    @Override
    protected HttpURI rewriteHttpURI(org.eclipse.jetty.server.Request request) {
        return HttpURI.build(request.getHttpURI()).scheme("http").host("127.0.0.1").port(apiPort);
    }

    @Override
    protected void addProxyHeaders(org.eclipse.jetty.server.Request clientToProxy, Request proxyToServer) {
        String scheme = clientToProxy.getHttpURI().getScheme();
        String host = clientToProxy.getHeaders().get(HttpHeader.HOST);
        proxyToServer.headers(headers -> {
            headers.remove(HttpHeader.FORWARDED);
            headers.remove(HttpHeader.X_FORWARDED_FOR);
            headers.remove(HttpHeader.X_FORWARDED_HOST);
            headers.remove(HttpHeader.X_FORWARDED_PROTO);
            headers.put(HttpHeader.X_FORWARDED_FOR, org.eclipse.jetty.server.Request.getRemoteAddr(clientToProxy));
            headers.put(HttpHeader.X_FORWARDED_PROTO, scheme == null ? "http" : scheme);
            if (host != null) {
                headers.put(HttpHeader.X_FORWARDED_HOST, host);
            }
        });
    }
}
