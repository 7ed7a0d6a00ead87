package dev.platina.workflow.shell.internal;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.OrganizationService;
import dev.platina.workflow.api.RunService;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** A command about one run of one organisation: both named on the command line. */
abstract class RunCommand implements Action {

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
        System.out.println(act(OrganizationOperator.in(organizations, organization), UUID.fromString(run)));
        return null;
    }

    /** Does the command's work and returns the line to print. */
    abstract String act(Caller operator, UUID runId);
}
