package dev.platina.marketplace.rest.internal;

import dev.platina.identity.api.Caller;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.rest.PlatinaApi;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Runs after authentication on every request a skill's resource would serve: when the caller's organisation has
 * not enabled the skill, the answer is the same 404 as for a path that does not exist; otherwise the resource sees
 * the caller narrowed to the permissions the organisation granted the skill.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION + 10)
public final class SkillRequestGate implements ContainerRequestFilter {

    private final SkillGate gate;

    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public SkillRequestGate(@Reference SkillGate gate) {
        this.gate = gate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo == null || resourceInfo.getResourceClass() == null) {
            return;
        }
        Bundle bundle = FrameworkUtil.getBundle(resourceInfo.getResourceClass());
        if (bundle == null || gate.skillOf(bundle).isEmpty()) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            // Open (@PermitAll) skill endpoints without a caller have no organisation to be enabled for.
            return;
        }
        Caller caller = RequestCallers.of(security);
        Optional<Caller> narrowed = gate.actingFor(caller, bundle);
        if (narrowed.isEmpty()) {
            throw new NotFoundException();
        }
        request.setSecurityContext(RequestCallers.actingAs(security, narrowed.get()));
    }
}
