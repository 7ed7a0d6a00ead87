package dev.platina.skill.twilio.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of an {@code application/x-www-form-urlencoded} body in the order sent. A name may come more than
 * once, so they are kept as a list, not a map.
 */
record FormParameters(List<Parameter> all) {

    record Parameter(String name, String value) {
    }

    FormParameters {
        all = List.copyOf(all);
    }

    /** @throws IllegalArgumentException when the body is not form-encoded (a broken escape) */
    static FormParameters parse(byte[] body) {
        var parameters = new ArrayList<Parameter>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isEmpty()) {
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.add(new Parameter(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8)));
            }
        }
        return new FormParameters(parameters);
    }

    Optional<String> first(String name) {
        return all.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst();
    }

    String text(String name) {
        return first(name).orElse("");
    }

    /** Sorted by name (then value, for repeated names), as Twilio sorts them for its signature. */
    List<Parameter> sorted() {
        return all.stream().sorted(Comparator.comparing(Parameter::name).thenComparing(Parameter::value)).toList();
    }
}
