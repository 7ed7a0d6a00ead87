package dev.platina.ai.learning.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parameter maps and placeholder tables as JSON objects of texts, the way they are stored. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() { };

    private Json() {
    }

    static String write(Map<String, String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of texts is always JSON", e);
        }
    }

    static Map<String, String> read(String json) throws SQLException {
        try {
            return MAPPER.readValue(json, TEXTS);
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored parameters are not a JSON object of texts", e);
        }
    }

    static byte[] bytes(Map<String, String> values) {
        return write(values).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> fromBytes(byte[] json) throws SQLException {
        return read(new String(json, StandardCharsets.UTF_8));
    }

    /** A value of an approval's proposal as text: texts as they are, numbers and objects as JSON. */
    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
