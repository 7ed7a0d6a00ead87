package dev.platina.marketplace.impl.internal;

import dev.platina.marketplace.api.SkillDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The skills present in the framework: every bundle carrying {@code SKILL-INF/skill.json}, however it arrived
 * (marketplace, feature, deploy folder). Which bundle is which skill is answered from memory on every request.
 */
@Component(service = InstalledSkills.class)
public final class InstalledSkills {

    private static final Logger LOG = LoggerFactory.getLogger(InstalledSkills.class);

    /** A skill's bundle and the descriptor it carries. */
    record SkillBundle(Bundle bundle, SkillDescriptor descriptor) {
    }

    private final Map<Long, SkillDescriptor> byBundle = new ConcurrentHashMap<>();
    private final BundleTracker<SkillDescriptor> tracker;

    @Activate
    public InstalledSkills(BundleContext context) {
        int states = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        tracker = new BundleTracker<>(context, states, null) {
            @Override
            public SkillDescriptor addingBundle(Bundle bundle, BundleEvent event) {
                Optional<SkillDescriptor> descriptor = read(bundle);
                descriptor.ifPresent(d -> byBundle.put(bundle.getBundleId(), d));
                return descriptor.orElse(null);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, SkillDescriptor descriptor) {
                byBundle.remove(bundle.getBundleId());
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** The skill the bundle belongs to, if it is one. */
    Optional<SkillDescriptor> of(Bundle bundle) {
        return bundle == null ? Optional.empty() : Optional.ofNullable(byBundle.get(bundle.getBundleId()));
    }

    Optional<SkillBundle> find(String skillId) {
        for (Bundle bundle : tracker.getBundles() == null ? new Bundle[0] : tracker.getBundles()) {
            SkillDescriptor descriptor = byBundle.get(bundle.getBundleId());
            if (descriptor != null && descriptor.id().equals(skillId)) {
                return Optional.of(new SkillBundle(bundle, descriptor));
            }
        }
        return Optional.empty();
    }

    List<SkillDescriptor> all() {
        var all = new ArrayList<>(byBundle.values());
        all.sort(Comparator.comparing(SkillDescriptor::id));
        return all;
    }

    private static Optional<SkillDescriptor> read(Bundle bundle) {
        URL entry = bundle.getEntry(Descriptors.ENTRY);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = entry.openStream()) {
            return Optional.of(Descriptors.parse(in.readAllBytes(), bundle.getSymbolicName()));
        } catch (IOException | PackageRejectedException e) {
            LOG.warn("The bundle {} carries an unreadable skill descriptor and is treated as a skill nobody enabled:"
                    + " {}", bundle.getSymbolicName(), e.getMessage());
            return Optional.of(new SkillDescriptor("invalid-" + bundle.getBundleId(), bundle.getSymbolicName(),
                    bundle.getVersion().toString(), "", "", "", "", "0", bundle.getSymbolicName(), List.of(), List.of(),
                    List.of()));
        }
    }
}
