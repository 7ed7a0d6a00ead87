package dev.platina.marketplace.publisher;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Rewrites a skill jar's manifest headers and descriptor members and copies every other entry unchanged. The
 * manifest goes through {@link Manifest}, which keeps the 72-byte line wrapping the jar specification requires.
 */
public final class JarRestamp {

    private final Map<String, String> descriptorMembers = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Set<String> removedHeaders = new LinkedHashSet<>();

    public JarRestamp descriptor(String member, String value) {
        descriptorMembers.put(member, value);
        return this;
    }

    public JarRestamp header(String name, String value) {
        headers.put(name, value);
        removedHeaders.remove(name);
        return this;
    }

    public JarRestamp withoutHeader(String name) {
        removedHeaders.add(name);
        headers.remove(name);
        return this;
    }

    public byte[] applyTo(byte[] jar, String source) {
        JarContents contents = JarContents.read(jar, source);
        Manifest manifest = contents.manifest()
                .orElseThrow(() -> new PublishingException(source + " has no META-INF/MANIFEST.MF to re-stamp"));
        Attributes main = manifest.getMainAttributes();
        headers.forEach(main::putValue);
        removedHeaders.forEach(name -> main.remove(new Attributes.Name(name)));

        SkillDescriptor descriptor = SkillDescriptor.readFrom(contents, source);
        for (Map.Entry<String, String> member : descriptorMembers.entrySet()) {
            descriptor = descriptor.with(member.getKey(), member.getValue());
        }
        return contents.with(SkillDescriptor.ENTRY, descriptor.toBytes()).withManifest(manifest).toBytes();
    }
}
