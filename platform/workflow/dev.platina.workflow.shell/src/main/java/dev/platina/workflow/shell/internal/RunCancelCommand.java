package dev.platina.workflow.shell.internal;

import dev.platina.identity.api.Caller;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "run-cancel",
        description = "Stops a run: no further step starts; a step already running finishes unused.")
public class RunCancelCommand extends RunCommand {

    @Override
    String act(Caller operator, UUID runId) {
        var cancelled = runs.cancel(operator, runId);
        return "Run " + cancelled.id() + " is " + cancelled.state().name().toLowerCase() + ".";
    }
}
