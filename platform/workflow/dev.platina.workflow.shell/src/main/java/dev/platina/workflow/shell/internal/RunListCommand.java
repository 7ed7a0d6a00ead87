package dev.platina.workflow.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "platina", name = "run-list", description = "Lists an organisation's most recent workflow runs.")
public class RunListCommand implements Action {

    @Argument(index = 0, name = "organization", description = "The organisation's slug", required = true)
    String organization;

    @Option(name = "--limit", description = "How many runs, newest first (default 20)")
    int limit = 20;

    @Reference
    OrganizationService organizations;

    @Reference
    RunService runs;

    @Override
    public Object execute() {
        var table = new ShellTable();
        table.column("Run");
        table.column("Workflow");
        table.column("Version");
        table.column("State");
        table.column("Started");
        table.column("Error");
        for (Run run : runs.recent(OrganizationOperator.in(organizations, organization), limit)) {
            table.addRow().addContent(run.id(), run.workflowId(), run.version(), run.state(), run.startedAt(),
                    run.error().orElse(""));
        }
        table.print(System.out);
        return null;
    }
}
