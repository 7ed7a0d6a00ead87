package dev.platina.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemException;
import dev.platina.rest.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

/**
 * JSON for the Platina API with one configured mapper: ISO-8601 times, no nulls written, and unknown or
 * mistyped fields refused with a validation problem that names them (instead of being silently dropped).
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    /** Its own type factory, so the types it caches are released with {@link JacksonCacheRelease}. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setTypeFactory(TypeFactory.createDefaultInstance())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && handles(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return MAPPER.readerFor(MAPPER.constructType(genericType)).readValue(body);
        } catch (JsonProcessingException e) {
            throw problemFor(e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && handles(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        MAPPER.writerFor(MAPPER.constructType(genericType == null ? type : genericType)).writeValue(out, value);
    }

    static ProblemException problemFor(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            var location = parse.getLocation();
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON (line "
                    + location.getLineNr() + ", column " + location.getColumnNr() + ").");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, mismatch.getOriginalMessage().startsWith("No content")
                    ? "The body is empty; send a JSON object."
                    : "The body does not have the expected JSON shape.");
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                : e.getOriginalMessage().startsWith("Cannot map `null`") ? "is required"
                : "has the wrong type or format";
        return new ProblemException(ProblemType.VALIDATION, "Field '" + field + "' " + message + ".",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static boolean handles(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !StreamingOutput.class.isAssignableFrom(type);
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
    }
}
