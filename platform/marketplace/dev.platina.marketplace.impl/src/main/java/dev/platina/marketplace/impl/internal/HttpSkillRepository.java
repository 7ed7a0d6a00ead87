package dev.platina.marketplace.impl.internal;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A repository served over HTTP(S), e.g. a publisher's or a company mirror. A read fails when the server stays
 * silent for longer than the timeout, before or during the body: the client's own request timeout ends at the
 * headers, and a body that stalls halfway would otherwise block the catalogue or an installation for good.
 */
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
        var body = new LimitedBody(uri, maxBytes);
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request,
                info -> info.statusCode() == 200 ? body : HttpResponse.BodySubscribers.replacing(new byte[0]));
        HttpResponse<byte[]> response = await(answer, body, uri);
        if (response.statusCode() == 404) {
            throw new FileNotFoundException(uri + " answered HTTP 404: there is no such file");
        }
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** Waits while bytes keep arriving; gives up after a whole timeout without any. */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> answer, LimitedBody body, URI uri)
            throws IOException {
        long received = 0;
        try {
            while (true) {
                try {
                    return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (body.received() == received) {
                        throw silent(uri);
                    }
                    received = body.received();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading " + uri);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        } finally {
            // Frees the connection when we stop early; a no-op once the answer is complete.
            body.cancel();
            answer.cancel(true);
        }
    }

    private IOException failure(URI uri, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            // The client's ConnectException has no message at all, which read as "null" in the problems.
            return new IOException(uri + " could not be reached (no connection to " + uri.getAuthority()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return silent(uri);
        }
        if (cause instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith(uri.toString())) {
            return io;
        }
        return new IOException(uri + " could not be read: " + cause, cause);
    }

    private IOException silent(URI uri) {
        String wait = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        return new HttpTimeoutException(uri + " did not answer within " + wait);
    }

    /** Collects a body and refuses it as soon as it grows past the limit, not after it has all arrived. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final URI uri;
        private final long maxBytes;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream content = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        private volatile long received;

        LimitedBody(URI uri, long maxBytes) {
            this.uri = uri;
            this.maxBytes = maxBytes;
        }

        long received() {
            return received;
        }

        void cancel() {
            Flow.Subscription current = subscription;
            if (current != null && !result.isDone()) {
                current.cancel();
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (result.isDone()) {
                    return;
                }
                if (received + buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException(uri + " is larger than the limit of " + maxBytes
                            + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                content.write(chunk, 0, chunk.length);
                received += chunk.length;
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(content.toByteArray());
        }
    }
}
