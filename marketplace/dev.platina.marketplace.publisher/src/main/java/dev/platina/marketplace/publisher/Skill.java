package dev.platina.marketplace.publisher;

import java.util.Comparator;
import java.util.List;

/**
 * A skill that passed the catalogue rules: its descriptor, the coordinates of its jar and features file, and the
 * bundles its features install (each one a jar of the same artifact set).
 */
public record Skill(SkillDescriptor descriptor, MavenCoordinates coordinates, List<MavenCoordinates> bundles) {

    /** Catalogue order: by skill id, then by version as OSGi orders versions (0.9.0 before 1.0.0 before 1.10.0). */
    public static final Comparator<Skill> CATALOGUE_ORDER = Comparator.comparing((Skill s) -> s.descriptor().id())
            .thenComparing(s -> s.descriptor().osgiVersion());

    public Skill {
        bundles = List.copyOf(bundles);
    }

    public String id() {
        return descriptor.id();
    }
}
