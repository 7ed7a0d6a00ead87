package dev.platina.workflow.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.workflow.api.RunService;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "run-retry",
        description = "Takes a failed run up again from where it failed, with fresh attempts for its failed steps.")
public class RunRetryCommand implements Action {

    @Argument(index = 0, name = "organization", description = "The organisation's slug", required = true)
    String organization;

    @Argument(index = 1, name = "run", description = "The run's id", required = true)
    String run;

    @Reference
    OrganizationService organizations;

    @Reference
    RunService runs;

    @Override
    public Object execute() {
        var retried = runs.retry(OrganizationOperator.in(organizations, organization), UUID.fromString(run));
        System.out.println("Run " + retried.id() + " is retried: its failed steps run again; follow it with"
                + " platina:run-list.");
        return null;
    }
}
