package dev.platina.rest.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * OpenAPI 3.0 schemas for the Java types resources take and return, as Jackson writes them: records and beans
 * become named component schemas, the rest inline.
 */
final class JsonSchemas {

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    Map<String, Object> components() {
        return components;
    }

    Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Optional.class.equals(raw)) {
                return schemaOf(arguments[0]);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", schemaOf(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", schemaOf(arguments[1]));
            }
            return schemaOf(raw);
        }
        if (type instanceof GenericArrayType array) {
            return map("type", "array", "items", schemaOf(array.getGenericComponentType()));
        }
        if (type instanceof WildcardType wildcard) {
            return schemaOf(wildcard.getUpperBounds()[0]);
        }
        if (!(type instanceof Class<?> cls)) {
            return new LinkedHashMap<>();
        }
        Map<String, Object> simple = simpleSchema(cls);
        if (simple != null) {
            return simple;
        }
        if (cls.isArray()) {
            return map("type", "array", "items", schemaOf(cls.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(cls)) {
            return map("type", "array", "items", new LinkedHashMap<>());
        }
        if (Map.class.isAssignableFrom(cls) || cls == Object.class || cls.isInterface()) {
            return map("type", "object");
        }
        return map("$ref", "#/components/schemas/" + componentFor(cls));
    }

    private String componentFor(Class<?> cls) {
        String existing = names.get(cls);
        if (existing != null) {
            return existing;
        }
        String name = cls.getSimpleName();
        if (components.containsKey(name)) {
            name = cls.getName().replace('$', '.');
        }
        names.put(cls, name);
        components.put(name, map("type", "object")); // placeholder, so self-references terminate
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<String>();
        if (cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                properties.put(component.getName(), schemaOf(component.getGenericType()));
                if (component.getType().isPrimitive()) {
                    required.add(component.getName());
                }
            }
        } else {
            for (Method getter : cls.getMethods()) {
                String property = propertyName(getter);
                if (property != null) {
                    properties.put(property, schemaOf(getter.getGenericReturnType()));
                }
            }
        }
        Map<String, Object> schema = map("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        components.put(name, schema);
        return name;
    }

    private static String propertyName(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return null;
    }

    private static Map<String, Object> simpleSchema(Class<?> cls) {
        if (cls == String.class || cls == char.class || cls == Character.class) {
            return map("type", "string");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return map("type", "boolean");
        }
        if (cls == int.class || cls == Integer.class || cls == short.class || cls == Short.class
                || cls == byte.class || cls == Byte.class) {
            return map("type", "integer", "format", "int32");
        }
        if (cls == long.class || cls == Long.class || cls == BigInteger.class) {
            return map("type", "integer", "format", "int64");
        }
        if (cls == double.class || cls == Double.class || cls == float.class || cls == Float.class
                || cls == BigDecimal.class) {
            return map("type", "number");
        }
        if (cls == UUID.class) {
            return map("type", "string", "format", "uuid");
        }
        if (cls == URI.class) {
            return map("type", "string", "format", "uri");
        }
        if (cls == Instant.class || cls == OffsetDateTime.class || cls == ZonedDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (cls == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (cls == Duration.class) {
            return map("type", "string", "format", "duration");
        }
        if (cls.isEnum()) {
            var values = new ArrayList<String>();
            for (Object constant : cls.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return map("type", "string", "enum", values);
        }
        if (cls == byte[].class) {
            return map("type", "string", "format", "byte");
        }
        if (java.io.InputStream.class.isAssignableFrom(cls)) {
            // A body read as it arrives (a signed webhook call): raw bytes, whatever their media type.
            return map("type", "string", "format", "binary");
        }
        return null;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        var result = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return result;
    }
}
