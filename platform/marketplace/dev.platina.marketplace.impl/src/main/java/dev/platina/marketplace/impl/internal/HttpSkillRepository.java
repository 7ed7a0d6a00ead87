package dev.platina.marketplace.impl.internal;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A repository served over HTTP(S), e.g. a publisher's or a company mirror. */
final class HttpSkillRepository implements SkillRepository {

    private final String location;
    private final URI base;
    private final HttpClient client;
    private final Duration timeout;

    HttpSkillRepository(String location, HttpClient client, Duration timeout) {
        this.location = location;
        this.base = URI.create(location.endsWith("/") ? location : location + "/");
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        URI uri = base.resolve(RepositoryPaths.check(path));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading " + uri, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() == 404) {
                throw new FileNotFoundException(uri.toString());
            }
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
            return readLimited(body, maxBytes, uri);
        }
    }

    private static byte[] readLimited(InputStream in, long maxBytes, URI uri) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new IOException(uri + " is larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
