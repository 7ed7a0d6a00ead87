package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureFileTest {

    private static final String NS = "http://karaf.apache.org/xmlns/features/v1.6.0";
    private static final Map<String, URI> VERIFIED = Map.of("mvn:g/a/1.0.0", URI.create("file:/tmp/a.jar"));

    @Test
    void bundlesArePointedAtVerifiedCopies() {
        String result = repointed(features("<feature name=\"f\" version=\"1.0.0\"><feature>platina-rest</feature>"
                + "<bundle>mvn:g/a/1.0.0</bundle></feature>"), Set.of());

        assertThat(result).contains("file:/tmp/a.jar").doesNotContain("mvn:").contains("platina-rest");
    }

    @Test
    void featureOfRequiredSkillIsAllowedWhenListed() {
        String result = repointed(features("<feature name=\"f\" version=\"1.0.0\"><feature>other</feature>"
                + "<bundle>mvn:g/a/1.0.0</bundle></feature>"), Set.of("other"));

        assertThat(result).contains(">other<").contains("file:/tmp/a.jar");
    }

    @Test
    void bundleOutsideSignedPackageIsRejected() {
        byte[] xml = features("<feature name=\"f\" version=\"1.0.0\"><bundle>mvn:evil/b/6.6.6</bundle></feature>");

        assertRejected(xml, Set.of(), "mvn:evil/b/6.6.6", "not part of the signed package");
    }

    @Test
    void repositoryElementIsRejected() {
        byte[] xml = features("<repository>mvn:evil/features/1/xml/features</repository>"
                + "<feature name=\"f\" version=\"1.0.0\"><bundle>mvn:g/a/1.0.0</bundle></feature>");

        assertRejected(xml, Set.of(), "<repository>");
    }

    @Test
    void configfileInsideFeatureIsRejected() {
        byte[] xml = features("<feature name=\"f\" version=\"1.0.0\"><bundle>mvn:g/a/1.0.0</bundle>"
                + "<configfile finalname=\"/etc/x.cfg\">mvn:g/a/1.0.0/cfg</configfile></feature>");

        assertRejected(xml, Set.of(), "<configfile>");
    }

    @Test
    void configInsideFeatureIsRejected() {
        byte[] xml = features("<feature name=\"f\" version=\"1.0.0\"><config name=\"x\">a=b</config></feature>");

        assertRejected(xml, Set.of(), "<config>");
    }

    @Test
    void dependencyOnFeatureNotAllowedIsRejected() {
        byte[] xml = features("<feature name=\"f\" version=\"1.0.0\"><feature>other</feature>"
                + "<bundle>mvn:g/a/1.0.0</bundle></feature>");

        assertRejected(xml, Set.of(), "depends on the feature other");
    }

    @Test
    void featureWithoutNameIsRejected() {
        byte[] xml = features("<feature version=\"1.0.0\"><bundle>mvn:g/a/1.0.0</bundle></feature>");

        assertRejected(xml, Set.of(), "has no feature f 1.0.0");
    }

    @Test
    void featureWithoutVersionIsRejected() {
        byte[] xml = features("<feature name=\"f\"><bundle>mvn:g/a/1.0.0</bundle></feature>");

        assertRejected(xml, Set.of(), "has no feature f 1.0.0");
    }

    @Test
    void featureOfOtherVersionIsRejected() {
        byte[] xml = features("<feature name=\"f\" version=\"2.0.0\"><bundle>mvn:g/a/1.0.0</bundle></feature>");

        assertRejected(xml, Set.of(), "has no feature f 1.0.0");
    }

    @Test
    void doctypeIsRejectedAtParse() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE features [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<features xmlns=\"" + NS + "\"><feature name=\"f\" version=\"1.0.0\">"
                + "<bundle>&xxe;</bundle></feature></features>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeatureFile.parse(xml, "features.xml"))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("features.xml is not a readable Karaf feature file");
    }

    @Test
    void rootOtherThanFeaturesIsRejected() {
        byte[] xml = "<project><feature name=\"f\" version=\"1.0.0\"/></project>".getBytes(StandardCharsets.UTF_8);

        assertRejected(xml, Set.of(), "is not a Karaf feature file");
    }

    private static byte[] features(String body) {
        return ("<features xmlns=\"" + NS + "\">" + body + "</features>").getBytes(StandardCharsets.UTF_8);
    }

    private static String repointed(byte[] xml, Set<String> allowed) {
        return new String(FeatureFile.parse(xml, "features.xml").repointed("f", "1.0.0", VERIFIED, allowed),
                StandardCharsets.UTF_8);
    }

    private static void assertRejected(byte[] xml, Set<String> allowed, String... messageParts) {
        FeatureFile file = FeatureFile.parse(xml, "features.xml");
        assertThatThrownBy(() -> file.repointed("f", "1.0.0", VERIFIED, allowed))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("features.xml")
                .hasMessageContainingAll(messageParts);
    }
}
