package dev.platina.ai.impl.internal;

import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Masks every text of a conversation that goes out (instructions, messages, tool arguments and results) in one
 * session, so the same person is the same placeholder throughout, and puts the originals back in the answer.
 */
final class ConversationMasking {

    private final MaskingSession session;

    ConversationMasking(MaskingSession session) {
        this.session = session;
    }

    ChatRequest mask(ChatRequest request) {
        List<ChatMessage> messages = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            messages.add(new ChatMessage(message.role(), session.mask(message.text()), calls(message.toolCalls(),
                    session::mask), message.toolCallId()));
        }
        return new ChatRequest(request.model(), session.mask(request.system()), messages, request.tools(),
                request.maxTokens(), request.temperature());
    }

    ChatResponse unmask(ChatResponse response) {
        return new ChatResponse(session.unmask(response.text()), calls(response.toolCalls(), session::unmask),
                response.stopReason(), response.usage(), response.model());
    }

    private static List<ToolCall> calls(List<ToolCall> calls, UnaryOperator<String> text) {
        List<ToolCall> changed = new ArrayList<>();
        for (ToolCall call : calls) {
            changed.add(new ToolCall(call.id(), call.name(), values(call.arguments(), text)));
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Map<String, Object> arguments, UnaryOperator<String> text) {
        Map<String, Object> changed = new LinkedHashMap<>();
        arguments.forEach((key, value) -> changed.put(key, value(value, text)));
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object value, UnaryOperator<String> text) {
        if (value instanceof String s) {
            return text.apply(s);
        }
        if (value instanceof Map<?, ?> map) {
            return values((Map<String, Object>) map, text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> value(item, text)).toList();
        }
        return value;
    }
}
