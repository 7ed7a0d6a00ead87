package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.StepInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The input rules only Stripe has, on top of the kit's {@link StepInput}. */
final class StripeInput {
    static final int LONGEST_TEXT = 5000;
    private static final Pattern CURRENCY = Pattern.compile("[a-zA-Z]{3}");

    private StripeInput() {
    }

    static StepInput of(Map<String, Object> input) {
        return new StepInput(input, LONGEST_TEXT);
    }

    /** An amount in the currency's smallest unit (cents), as Stripe counts it. */
    static Optional<Long> amount(StepInput input, String field, boolean required) {
        return input.wholeNumber(field, required, 1, 99_999_999_999L);
    }

    static Optional<String> currency(StepInput input, String field, boolean required) {
        return input.matching(field, required, CURRENCY,
                "must be a three-letter ISO currency code such as eur or usd").map(String::toLowerCase);
    }

    /** Stripe metadata: at most 50 keys of up to 40 characters, values up to 500. */
    static Optional<Map<String, String>> metadata(StepInput input, String field) {
        Optional<Object> value = input.raw(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof Map<?, ?> map) || map.size() > 50) {
            input.problem(field, "must be an object of at most 50 texts");
            return Optional.empty();
        }
        var metadata = new LinkedHashMap<String, String>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            String text = v == null ? "" : String.valueOf(v);
            if (key.length() > 40 || text.length() > 500) {
                input.problem(field + "." + key, "keys have at most 40 characters and values at most 500");
            } else {
                metadata.put(key, text);
            }
        });
        return Optional.of(metadata);
    }
}
