package dev.platina.ai.offline.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the WordPiece vocabulary ({@code model.vocab}) from a Hugging Face {@code tokenizer.json}. Streams the file
 * because the rest of it (merges, added tokens, settings) is not needed.
 */
final class TokenizerVocabulary {

    private TokenizerVocabulary() {
    }

    static Map<String, Integer> read(InputStream tokenizerJson) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(tokenizerJson)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("model".equals(field) && value == JsonToken.START_OBJECT) {
                    Map<String, Integer> vocabulary = readModel(parser);
                    if (!vocabulary.isEmpty()) {
                        return vocabulary;
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        throw new IOException("tokenizer.json has no model.vocab");
    }

    private static Map<String, Integer> readModel(JsonParser parser) throws IOException {
        Map<String, Integer> vocabulary = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("vocab".equals(field) && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String piece = parser.currentName();
                    expect(parser.nextToken(), JsonToken.VALUE_NUMBER_INT);
                    vocabulary.put(piece, parser.getIntValue());
                }
            } else {
                parser.skipChildren();
            }
        }
        return vocabulary;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("tokenizer.json: expected " + expected + " but found " + actual);
        }
    }
}
