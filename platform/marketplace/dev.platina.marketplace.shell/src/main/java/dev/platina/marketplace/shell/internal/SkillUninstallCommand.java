package dev.platina.marketplace.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.marketplace.api.Marketplace;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "skill-uninstall",
        description = "Removes a skill from this installation; refused while organisations use it unless forced.")
public class SkillUninstallCommand implements Action {

    @Argument(index = 0, name = "skill", description = "Skill id", required = true)
    String skill;

    @Option(name = "--force", description = "Also disable it for every organisation that uses it")
    boolean force;

    @Reference
    OrganizationService organizations;

    @Reference
    Marketplace marketplace;

    @Override
    public Object execute() {
        marketplace.uninstall(ShellOperator.caller(organizations), skill, force);
        System.out.println("'" + skill + "' is uninstalled.");
        return null;
    }
}
