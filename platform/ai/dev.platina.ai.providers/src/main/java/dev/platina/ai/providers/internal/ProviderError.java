package dev.platina.ai.providers.internal;

/** What a provider said in its error body: its error type or code (may be empty) and its message (may be empty). */
record ProviderError(String type, String message) {

    static final ProviderError NONE = new ProviderError("", "");

    ProviderError {
        type = type == null ? "" : type;
        message = message == null ? "" : message;
    }
}
