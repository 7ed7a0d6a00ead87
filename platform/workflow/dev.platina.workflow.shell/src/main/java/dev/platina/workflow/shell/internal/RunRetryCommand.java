package dev.platina.workflow.shell.internal;

import dev.platina.identity.api.Caller;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "run-retry",
        description = "Takes a failed run up again from where it failed, with fresh attempts for its failed steps.")
public class RunRetryCommand extends RunCommand {

    @Override
    String act(Caller operator, UUID runId) {
        return "Run " + runs.retry(operator, runId).id() + " is retried: its failed steps run again; follow it with"
                + " platina:run-list.";
    }
}
