package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class SkillVersionsTest {

    @Test
    void releaseVersionParses() {
        assertThat(SkillVersions.parse("1.0.0")).isEqualTo(new Version(1, 0, 0));
    }

    @Test
    void mavenQualifierBecomesOsgiQualifier() {
        assertThat(SkillVersions.parse("1.0.0-SNAPSHOT")).isEqualTo(new Version(1, 0, 0, "SNAPSHOT"));
    }

    @Test
    void unreadableOrMissingVersionIsEmpty() {
        assertThat(SkillVersions.parse("not a version")).isEqualTo(Version.emptyVersion);
        assertThat(SkillVersions.parse(null)).isEqualTo(Version.emptyVersion);
    }

    @Test
    void versionsOrderNumericallyNotAlphabetically() {
        assertThat(SkillVersions.parse("0.9.0")).isLessThan(SkillVersions.parse("1.0.0"));
        assertThat(SkillVersions.parse("1.0.0")).isLessThan(SkillVersions.parse("1.10.0"));
        assertThat(SkillVersions.parse("1.9.0")).isLessThan(SkillVersions.parse("1.10.0"));
    }

    @Test
    void snapshotMeetsMinimumOfSameRelease() {
        assertThat(SkillVersions.atLeast("0.1.0.SNAPSHOT", "0.1")).isTrue();
        assertThat(SkillVersions.atLeast("0.1.0-SNAPSHOT", "0.1.0")).isTrue();
    }

    @Test
    void olderVersionDoesNotMeetMinimum() {
        assertThat(SkillVersions.atLeast("0.9.0", "1.0")).isFalse();
        assertThat(SkillVersions.atLeast("1.9.0", "1.10")).isFalse();
    }

    @Test
    void newerVersionMeetsMinimum() {
        assertThat(SkillVersions.atLeast("1.10.0", "1.9")).isTrue();
    }
}
