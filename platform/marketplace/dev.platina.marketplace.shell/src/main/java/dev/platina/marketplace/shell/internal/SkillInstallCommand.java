package dev.platina.marketplace.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.marketplace.api.Marketplace;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "skill-install",
        description = "Verifies and installs a skill (the newest version unless one is named) and waits until it serves.")
public class SkillInstallCommand implements Action {

    @Argument(index = 0, name = "skill", description = "Skill id, e.g. teamclock", required = true)
    String skill;

    @Argument(index = 1, name = "version", description = "Version to install; the newest trusted one by default")
    String version;

    @Reference
    OrganizationService organizations;

    @Reference
    Marketplace marketplace;

    @Override
    public Object execute() throws Exception {
        var caller = ShellOperator.caller(organizations);
        ShellOperator.follow(marketplace, caller, marketplace.install(caller, skill, version), System.out);
        return null;
    }
}
