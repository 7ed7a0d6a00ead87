package dev.platina.marketplace.publisher;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a skill's features file for a re-stamped copy: the repository name, the skill's feature name, version and
 * (when given) description, and the bundle URL of its jar. It edits the text rather than re-serialising a DOM, so
 * everything else (feature dependencies, other bundles, layout, attribute order) stays exactly as the original; the
 * result is parsed again to prove the edit took.
 */
final class FeaturesRestamp {

    private static final Pattern ROOT_TAG = Pattern.compile("<features\\b[^>]*>");
    private static final Pattern NAME_ATTRIBUTE = attribute("name");
    private static final Pattern VERSION_ATTRIBUTE = attribute("version");
    private static final Pattern DESCRIPTION_ATTRIBUTE = attribute("description");

    private final Skill original;
    private final MavenCoordinates coordinates;
    private final String featureName;
    private final String description;

    /** {@code description} replaces the feature's description attribute; null keeps it. */
    FeaturesRestamp(Skill original, MavenCoordinates coordinates, String featureName, String description) {
        this.original = original;
        this.coordinates = coordinates;
        this.featureName = featureName;
        this.description = description;
    }

    byte[] applyTo(byte[] xml) {
        String source = original.coordinates().featuresFileName();
        String text = new String(xml, StandardCharsets.UTF_8);
        text = replaceFirstTag(text, ROOT_TAG, tag -> NAME_ATTRIBUTE.matcher(tag)
                .replaceFirst(Matcher.quoteReplacement("name=\"" + coordinates.artifactId() + "-"
                        + coordinates.version() + "\"")));
        String feature = Pattern.quote(original.descriptor().feature());
        Pattern featureTag = Pattern.compile("<feature\\s[^>]*?\\bname\\s*=\\s*(?:\"" + feature + "\"|'" + feature
                + "')[^>]*>");
        text = replaceFirstTag(text, featureTag, this::renameFeature);
        text = Pattern.compile("(<bundle\\b[^>]*>\\s*)" + Pattern.quote(original.coordinates().mvnUrl())
                        + "(\\s*</bundle>)")
                .matcher(text)
                .replaceAll(bundle ->
                        Matcher.quoteReplacement(bundle.group(1) + coordinates.mvnUrl() + bundle.group(2)));
        byte[] result = text.getBytes(StandardCharsets.UTF_8);
        FeaturesFile check = FeaturesFile.parse(result, source);
        if (!check.declares(featureName, OsgiVersion.parse(coordinates.version()))
                || !check.bundleLocations().contains(coordinates.mvnUrl())) {
            throw new PublishingException("Could not re-stamp " + source + " as feature " + featureName + "/"
                    + coordinates.version() + " installing " + coordinates.mvnUrl());
        }
        return result;
    }

    private String renameFeature(String tag) {
        String renamed =
                NAME_ATTRIBUTE.matcher(tag).replaceFirst(Matcher.quoteReplacement("name=\"" + featureName + "\""));
        if (description != null) {
            renamed = DESCRIPTION_ATTRIBUTE.matcher(renamed)
                    .replaceFirst(Matcher.quoteReplacement("description=\"" + escape(description) + "\""));
        }
        String version = "version=\"" + coordinates.version() + "\"";
        if (VERSION_ATTRIBUTE.matcher(renamed).find()) {
            return VERSION_ATTRIBUTE.matcher(renamed).replaceFirst(Matcher.quoteReplacement(version));
        }
        return renamed.replaceFirst("^<feature\\b", Matcher.quoteReplacement("<feature " + version));
    }

    /** An attribute with its value in double or single quotes; the value may hold the other kind of quote. */
    private static Pattern attribute(String name) {
        return Pattern.compile("(?<=\\s)" + name + "\\s*=\\s*(?:\"[^\"]*\"|'[^']*')");
    }

    private static String escape(String attributeValue) {
        return attributeValue.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String replaceFirstTag(String text, Pattern tag, UnaryOperator<String> edit) {
        Matcher matcher = tag.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        return text.substring(0, matcher.start()) + edit.apply(matcher.group()) + text.substring(matcher.end());
    }
}
