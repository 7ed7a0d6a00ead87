package dev.platina.identity.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.SessionInfo;
import dev.platina.identity.api.SessionService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "platina", name = "sessions", description = "Lists the live sessions and API tokens of an organisation.")
public class SessionsCommand implements Action {

    @Argument(index = 0, name = "organization", description = "Organisation slug", required = true)
    String organization;

    @Reference
    OrganizationService organizations;

    @Reference
    SessionService sessions;

    @Override
    public Object execute() {
        List<SessionInfo> live = sessions.list(Operator.in(Operator.organization(organizations, organization)));
        var table = new ShellTable();
        table.column("User");
        table.column("Kind");
        table.column("Signed in");
        table.column("Last used");
        table.column("Expires");
        table.column("Id");
        for (SessionInfo s : live) {
            table.addRow().addContent(s.username(), s.kind(), s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.id());
        }
        table.print(System.out);
        System.out.println(live.size() + " live session(s) and token(s) in '" + organization + "'.");
        return null;
    }
}
