package dev.platina.ai.learning.internal;

import dev.platina.ai.api.CaseReasoner;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The case reasoners registered now, by their {@code engine} service property. Engines come and go with their
 * bundles; without one, feedback is still kept and its online model is rebuilt from the cases when it is back.
 */
@Component(service = EngineReasoners.class)
public final class EngineReasoners {

    static final String ENGINE_PROPERTY = "engine";

    private final Map<String, CaseReasoner> byEngine = new ConcurrentHashMap<>();

    @Reference(service = CaseReasoner.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeReasoner")
    void addReasoner(CaseReasoner reasoner, Map<String, Object> properties) {
        byEngine.putIfAbsent(engineOf(reasoner, properties), reasoner);
    }

    void removeReasoner(CaseReasoner reasoner, Map<String, Object> properties) {
        byEngine.remove(engineOf(reasoner, properties), reasoner);
    }

    Optional<CaseReasoner> forEngine(String engine) {
        return Optional.ofNullable(byEngine.get(engine));
    }

    private static String engineOf(CaseReasoner reasoner, Map<String, Object> properties) {
        Object engine = properties.get(ENGINE_PROPERTY);
        return engine instanceof String name && !name.isBlank() ? name : reasoner.engine();
    }
}
