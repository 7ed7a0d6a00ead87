package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import java.net.http.HttpRequest;

/** One provider's HTTP dialect: where and how a chat request is sent, and how its answers and errors read. */
interface WireFormat {

    /** The provider as an administrator knows it, used inside sentences: "Anthropic", "Azure OpenAI". */
    String displayName();

    /** The request with URI, headers (including the key) and body; the transport adds the timeout. */
    HttpRequest.Builder request(ChatRequest request, String model);

    /** @throws UnreadableAnswerException when the answer lacks what the documentation promises */
    ChatResponse readAnswer(JsonNode answer, String model);

    /** The error type and message from an error body; {@link ProviderError#NONE} when it has neither. */
    ProviderError readError(JsonNode body);
}
