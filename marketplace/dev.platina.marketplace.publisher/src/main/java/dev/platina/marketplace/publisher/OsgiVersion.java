package dev.platina.marketplace.publisher;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OSGi version (major.minor.micro.qualifier, missing parts are 0), so "1.0" and "1.0.0" count as the same
 * version, as Karaf and the framework count them.
 */
public record OsgiVersion(int major, int minor, int micro, String qualifier) implements Comparable<OsgiVersion> {

    private static final Pattern SYNTAX =
            Pattern.compile("(\\d+)(?:\\.(\\d+)(?:\\.(\\d+)(?:\\.([A-Za-z0-9_\\-]+))?)?)?");
    private static final Comparator<OsgiVersion> ORDER = Comparator.comparingInt(OsgiVersion::major)
            .thenComparingInt(OsgiVersion::minor)
            .thenComparingInt(OsgiVersion::micro)
            .thenComparing(OsgiVersion::qualifier);

    public static OsgiVersion parse(String text) {
        Matcher matcher = SYNTAX.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new PublishingException("'" + text + "' is not an OSGi version (major.minor.micro.qualifier)");
        }
        try {
            return new OsgiVersion(number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)),
                    matcher.group(4) == null ? "" : matcher.group(4));
        } catch (NumberFormatException e) {
            throw new PublishingException("'" + text + "' is not an OSGi version: a part is too large", e);
        }
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    @Override
    public int compareTo(OsgiVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
    }
}
