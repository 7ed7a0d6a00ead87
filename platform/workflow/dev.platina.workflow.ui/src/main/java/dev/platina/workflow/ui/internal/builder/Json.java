package dev.platina.workflow.ui.internal.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Deep copies and dotted-path access on JSON held as maps and lists ({@code branches.0.next}). */
final class Json {

    private Json() {
    }

    static Map<String, Object> object(Map<?, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(String.valueOf(key), copy(value)));
        return copy;
    }

    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return object(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }

    static Object get(Object container, String path) {
        Object current = container;
        for (String part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(part);
            } else if (current instanceof List<?> list && isIndex(part) && Integer.parseInt(part) < list.size()) {
                current = list.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return current;
    }

    /** Sets a value, making the objects on the way when they are missing. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> container, String path, Object value) {
        String[] parts = path.split("\\.");
        Object current = container;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = child(current, parts[i]);
            if (next == null) {
                next = new LinkedHashMap<String, Object>();
                put(current, parts[i], next);
            }
            current = next;
        }
        put(current, parts[parts.length - 1], value);
    }

    static void remove(Map<String, Object> container, String path) {
        int dot = path.lastIndexOf('.');
        Object parent = dot < 0 ? container : get(container, path.substring(0, dot));
        String last = path.substring(dot + 1);
        if (parent instanceof Map<?, ?> map) {
            map.remove(last);
        }
    }

    /** The list at {@code key}, made when missing. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> container, String key) {
        if (!(container.get(key) instanceof List<?>)) {
            container.put(key, new ArrayList<>());
        }
        return (List<Object>) container.get(key);
    }

    /** Rewrites every text inside the value (expressions refer to nodes by id). */
    @SuppressWarnings("unchecked")
    static void replaceInStrings(Object value, Pattern pattern, String replacement) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if (entry.getValue() instanceof String text && !entry.getKey().equals("id")) {
                    entry.setValue(pattern.matcher(text).replaceAll(replacement));
                } else {
                    replaceInStrings(entry.getValue(), pattern, replacement);
                }
            }
        } else if (value instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof String text) {
                    items.set(i, pattern.matcher(text).replaceAll(replacement));
                } else {
                    replaceInStrings(items.get(i), pattern, replacement);
                }
            }
        }
    }

    private static Object child(Object container, String part) {
        return get(container, part);
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, String part, Object value) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(part, value);
        } else if (container instanceof List<?> list && isIndex(part)) {
            List<Object> items = (List<Object>) list;
            int index = Integer.parseInt(part);
            while (items.size() <= index) {
                items.add(null);
            }
            items.set(index, value);
        } else {
            throw new IllegalArgumentException("Cannot set '" + part + "' here");
        }
    }

    private static boolean isIndex(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
    }
}
