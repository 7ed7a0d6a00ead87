package dev.platina.workflow.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.persistence.api.DataAccessException;
import java.util.Map;

/** JSON for definitions and run data, as stored in jsonb columns. */
final class Json {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper();

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    Map<String, Object> readObject(String text) {
        try {
            return mapper.readValue(text, OBJECT);
        } catch (JsonProcessingException e) {
            throw new DataAccessException("Stored JSON is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
