package dev.platina.marketplace.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.marketplace.api.Marketplace;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "skill-rollback",
        description = "Returns a skill to the version installed before its latest install or upgrade, live.")
public class SkillRollbackCommand implements Action {

    @Argument(index = 0, name = "skill", description = "Skill id", required = true)
    String skill;

    @Reference
    OrganizationService organizations;

    @Reference
    Marketplace marketplace;

    @Override
    public Object execute() throws Exception {
        var caller = ShellOperator.caller(organizations);
        ShellOperator.follow(marketplace, caller, marketplace.rollback(caller, skill), System.out);
        return null;
    }
}
