package dev.platina.identity.shell.internal;

import dev.platina.audit.api.ChainVerification;
import dev.platina.identity.api.AuditTrail;
import dev.platina.identity.api.OrganizationService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "audit-verify",
        description = "Re-computes an organisation's audit hash chain and reports any edited, deleted or moved event.")
public class AuditVerifyCommand implements Action {

    @Argument(index = 0, name = "organization", description = "Organisation slug", required = true)
    String organization;

    @Reference
    OrganizationService organizations;

    @Reference
    AuditTrail trail;

    @Override
    public Object execute() {
        ChainVerification result = trail.verify(Operator.in(Operator.organization(organizations, organization)));
        if (result.intact()) {
            System.out.println("The audit chain of '" + organization + "' is intact (" + result.eventsChecked()
                    + " events).");
        } else {
            System.out.println("The audit chain of '" + organization + "' is BROKEN (" + result.eventsChecked()
                    + " events checked):");
            result.problems().forEach(problem -> System.out.println("  - " + problem));
        }
        return null;
    }
}
