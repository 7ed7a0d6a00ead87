package dev.platina.marketplace.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A skill's {@code SKILL-INF/skill.json}, checked for the members the catalogue and installations rely on. The
 * catalogue copies the whole object, so members this tool does not know pass through untouched.
 */
public final class SkillDescriptor {

    public static final String ENTRY = "SKILL-INF/skill.json";

    private static final List<String> REQUIRED = List.of("id", "name", "version", "publisher", "summary", "feature");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final ObjectNode json;

    private SkillDescriptor(ObjectNode json) {
        this.json = json;
    }

    /** Reads and checks the descriptor inside a jar; {@code source} names the jar in error messages. */
    static SkillDescriptor readFrom(JarContents jar, String source) {
        byte[] bytes = jar.entry(ENTRY)
                .orElseThrow(() -> new PublishingException(source + " has no " + ENTRY + ": it is not a skill"));
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new PublishingException(source + ": " + ENTRY + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new PublishingException(source + ": " + ENTRY + " must hold a JSON object");
        }
        return checked(object, source);
    }

    private static SkillDescriptor checked(ObjectNode json, String source) {
        for (String member : REQUIRED) {
            JsonNode value = json.get(member);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new PublishingException(source + ": " + ENTRY + " needs a non-empty text member \"" + member
                        + "\"");
            }
        }
        String id = json.get("id").asText();
        if (!ID.matcher(id).matches()) {
            throw new PublishingException(source + ": the skill id \"" + id + "\" must match " + ID.pattern()
                    + " (lowercase letters, digits and '-', 2 to 40 characters, starting with a letter)");
        }
        try {
            OsgiVersion.parse(json.get("version").asText());
        } catch (PublishingException e) {
            throw new PublishingException(source + ": the descriptor version " + e.getMessage(), e);
        }
        return new SkillDescriptor(json);
    }

    public String id() {
        return text("id");
    }

    public String version() {
        return text("version");
    }

    public OsgiVersion osgiVersion() {
        return OsgiVersion.parse(version());
    }

    public String feature() {
        return text("feature");
    }

    public String text(String member) {
        return json.path(member).asText();
    }

    /** A copy for the catalogue, so later changes to this descriptor cannot reach a written catalogue. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** A checked copy with {@code member} set; an existing member keeps its place in the object. */
    public SkillDescriptor with(String member, String value) {
        ObjectNode copy = json.deepCopy();
        copy.put(member, value);
        return checked(copy, "The re-stamped descriptor of " + id());
    }

    public byte[] toBytes() {
        return Json.pretty(json);
    }

    @Override
    public String toString() {
        return id() + " " + version();
    }
}
