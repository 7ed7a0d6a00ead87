package dev.platina.ai.providers.internal;

import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.LanguageModelException.Kind;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what went wrong on the wire into a {@link LanguageModelException} of the right kind, whose message names
 * the provider and says what an administrator can do. The API key never appears: the provider's own words are
 * passed through {@link Redaction}.
 */
final class FailureMessages {

    private final String provider;
    private final String apiKey;

    FailureMessages(String provider, String apiKey) {
        this.provider = provider;
        this.apiKey = apiKey;
    }

    String provider() {
        return provider;
    }

    LanguageModelException forStatus(int status, ProviderError error, Optional<Duration> retryAfter, String model) {
        String said = said(status, error);
        if (status == 401) {
            return failure(Kind.UNAUTHORIZED, "The API key was refused by " + provider + said
                    + ": check the key in the AI settings.", retryAfter);
        }
        if (status == 403) {
            return failure(Kind.UNAUTHORIZED, provider + " denied access" + said + ": check that the key may use the "
                    + "model " + model + ".", retryAfter);
        }
        if (status == 408) {
            return failure(Kind.TIMEOUT, provider + " gave up waiting for the request" + said + ": try again.",
                    retryAfter);
        }
        if (status == 429 && error.type().contains("insufficient_quota")) {
            return failure(Kind.REFUSED, "The quota of the account is used up at " + provider + said
                    + ": check the plan and billing of the account.", Optional.empty());
        }
        if (status == 429) {
            return failure(Kind.RATE_LIMITED, provider + " asks to slow down" + said + waitHint(retryAfter)
                    + ": if this persists, raise the account's rate limits or lower the load.", retryAfter);
        }
        if (status >= 500) {
            return failure(Kind.UNAVAILABLE, provider + " is overloaded or unavailable" + said + waitHint(retryAfter)
                    + ": try again later.", retryAfter);
        }
        if (status == 404) {
            return failure(Kind.REFUSED, provider + " does not know this model or address" + said
                    + ": check the model name (" + model + ") and the base URL in the AI settings.", retryAfter);
        }
        if (status >= 400) {
            return failure(Kind.REFUSED, provider + " refused the request" + said
                    + ": sending it again as it is would not help.", retryAfter);
        }
        return failure(Kind.BAD_RESPONSE, provider + " answered with the unexpected status " + status
                + ": check the base URL in the AI settings.", retryAfter);
    }

    LanguageModelException unreachable(URI uri, IOException cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new LanguageModelException(Kind.UNAVAILABLE, "Could not reach " + provider + " at " + hostOf(uri)
                + " (" + Redaction.providerText(why, apiKey) + "): check the base URL and the network.",
                Optional.empty(), cause);
    }

    LanguageModelException timeout(Duration limit, Throwable cause) {
        return new LanguageModelException(Kind.TIMEOUT, "No answer from " + provider + " within " + seconds(limit)
                + ": try again, or raise the timeout in the AI settings.", Optional.empty(), cause);
    }

    LanguageModelException unreadable(String detail, Throwable cause) {
        return new LanguageModelException(Kind.BAD_RESPONSE, "Could not read the answer of " + provider + ": "
                + Redaction.providerText(detail, apiKey) + ". Check that the base URL points to a " + provider
                + " endpoint.", Optional.empty(), cause);
    }

    LanguageModelException interrupted(InterruptedException cause) {
        return new LanguageModelException(Kind.UNAVAILABLE, "The call to " + provider + " was interrupted.",
                Optional.empty(), cause);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private String said(int status, ProviderError error) {
        String message = Redaction.providerText(error.message(), apiKey);
        return message.isEmpty() ? " (" + status + ")" : " (" + status + ": " + message + ")";
    }

    private static String waitHint(Optional<Duration> retryAfter) {
        return retryAfter.map(wait -> ", and to wait " + seconds(wait)).orElse("");
    }

    private static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static LanguageModelException failure(Kind kind, String message, Optional<Duration> retryAfter) {
        return new LanguageModelException(kind, message, retryAfter, null);
    }
}
