package dev.platina.marketplace.publisher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} pairs after the command word; unknown or repeated options are errors, not ignored. */
final class CommandLineOptions {

    private final Map<String, String> values;

    private CommandLineOptions(Map<String, String> values) {
        this.values = values;
    }

    static CommandLineOptions parse(List<String> arguments, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            String option = arguments.get(i);
            if (!option.startsWith("--") || !allowed.contains(option.substring(2))) {
                throw new PublishingException("Unknown option '" + option + "'; expected one of --"
                        + String.join(", --", allowed.stream().sorted().toList()));
            }
            if (i + 1 >= arguments.size()) {
                throw new PublishingException("The option " + option + " needs a value");
            }
            if (values.put(option.substring(2), arguments.get(i + 1)) != null) {
                throw new PublishingException("The option " + option + " is given twice");
            }
        }
        return new CommandLineOptions(values);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new PublishingException("The option --" + name + " is required"));
    }

    Path path(String name) {
        return Path.of(required(name));
    }
}
