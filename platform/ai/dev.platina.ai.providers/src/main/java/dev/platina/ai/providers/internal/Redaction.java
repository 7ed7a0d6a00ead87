package dev.platina.ai.providers.internal;

/** Keeps the API key out of anything a person may read: providers sometimes echo it in their error messages. */
final class Redaction {

    private static final int MAX_MESSAGE_CHARS = 300;

    private Redaction() {
    }

    /** The provider's own words, without the key, on one line and short enough for a log line or a notice. */
    static String providerText(String text, String apiKey) {
        if (text == null) {
            return "";
        }
        String clean = apiKey.isEmpty() ? text : text.replace(apiKey, "[API key]");
        clean = clean.replaceAll("\\s+", " ").strip();
        return clean.length() <= MAX_MESSAGE_CHARS ? clean : clean.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
}
