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
@Command(scope = "platina", name = "run-cancel",
        description = "Stops a run: no further step starts; a step already running finishes unused.")
public class RunCancelCommand implements Action {

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
        var cancelled = runs.cancel(OrganizationOperator.in(organizations, organization), UUID.fromString(run));
        System.out.println("Run " + cancelled.id() + " is " + cancelled.state().name().toLowerCase() + ".");
        return null;
    }
}
