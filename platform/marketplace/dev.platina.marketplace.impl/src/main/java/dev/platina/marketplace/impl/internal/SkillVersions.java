package dev.platina.marketplace.impl.internal;

import org.osgi.framework.Version;

/** Skill versions follow OSGi bundle versions (major.minor.micro.qualifier); a Maven "-qualifier" is tolerated. */
final class SkillVersions {

    private SkillVersions() {
    }

    static Version parse(String text) {
        String osgi = text == null ? "0" : text.trim().replaceFirst("-", ".");
        try {
            return Version.parseVersion(osgi);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }

    /** Whether {@code version} is {@code minimum} or later, comparing major, minor and micro only. */
    static boolean atLeast(String version, String minimum) {
        Version have = parse(version);
        Version need = parse(minimum);
        return new Version(have.getMajor(), have.getMinor(), have.getMicro())
                .compareTo(new Version(need.getMajor(), need.getMinor(), need.getMicro())) >= 0;
    }
}
