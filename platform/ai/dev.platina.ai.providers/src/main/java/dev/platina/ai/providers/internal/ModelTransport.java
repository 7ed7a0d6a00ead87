package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.LanguageModelException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt: sends a chat request in the provider's wire format and reads the answer within the time limit and
 * the size limit. Every failure leaves as a {@link dev.platina.ai.api.LanguageModelException} of the right kind.
 */
final class ModelTransport {

    private final HttpClient client;
    private final WireFormat format;
    private final FailureMessages failures;
    private final Duration timeout;
    private final long maxBodyBytes;
    private final Clock clock;

    ModelTransport(HttpClient client, WireFormat format, FailureMessages failures, Duration timeout,
            long maxBodyBytes, Clock clock) {
        this.client = client;
        this.format = format;
        this.failures = failures;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    ChatResponse send(ChatRequest request, String model) {
        HttpRequest http = format.request(request, model).timeout(timeout).build();
        HttpResponse<byte[]> response = exchange(http);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return format.readAnswer(parse(response.body()), model);
            } catch (UnreadableAnswerException e) {
                throw failures.unreadable(e.getMessage(), e);
            }
        }
        ProviderError error = readError(response.body());
        throw failures.forStatus(status, error, RetryAfter.from(response.headers(), clock), model);
    }

    /**
     * The request timeout of {@link HttpRequest} ends when the headers arrive; waiting on the future bounds the whole
     * exchange, body included, so a peer that stalls mid-body times out too.
     */
    private HttpResponse<byte[]> exchange(HttpRequest http) {
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(http, LimitedBody.handler(maxBodyBytes));
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw failures.timeout(timeout, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw failures.interrupted(e);
        } catch (ExecutionException e) {
            throw translate(http, e.getCause());
        }
    }

    private LanguageModelException translate(HttpRequest http, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLargeException tooLarge) {
                return failures.unreadable(tooLarge.getMessage(), tooLarge);
            }
            if (t instanceof HttpTimeoutException timedOut) {
                return failures.timeout(timeout, timedOut);
            }
        }
        if (cause instanceof IOException io) {
            return failures.unreachable(http.uri(), io);
        }
        return failures.unreadable(String.valueOf(cause), cause);
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new UnreadableAnswerException("the answer is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new UnreadableAnswerException("the answer is not valid JSON", e);
        } catch (IOException e) {
            throw new UnreadableAnswerException("the answer could not be read", e);
        }
    }

    private ProviderError readError(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node == null || !node.isObject() ? ProviderError.NONE : format.readError(node);
        } catch (IOException | RuntimeException e) {
            return ProviderError.NONE;
        }
    }
}
