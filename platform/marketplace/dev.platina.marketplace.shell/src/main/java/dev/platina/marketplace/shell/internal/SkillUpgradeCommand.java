package dev.platina.marketplace.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.Marketplace;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "skill-upgrade",
        description = "Upgrades an installed skill to its newest trusted version, live.")
public class SkillUpgradeCommand implements Action {

    @Argument(index = 0, name = "skill", description = "Skill id", required = true)
    String skill;

    @Reference
    OrganizationService organizations;

    @Reference
    Marketplace marketplace;

    @Override
    public Object execute() throws Exception {
        var caller = ShellOperator.caller(organizations);
        CatalogSkill found = marketplace.catalog(caller, null).stream().filter(s -> s.id().equals(skill)).findFirst()
                .orElse(null);
        if (found == null || found.installedVersion().isEmpty()) {
            System.out.println("'" + skill + "' is not installed; use platina:skill-install.");
            return null;
        }
        ShellOperator.follow(marketplace, caller, marketplace.install(caller, skill, null), System.out);
        return null;
    }
}
