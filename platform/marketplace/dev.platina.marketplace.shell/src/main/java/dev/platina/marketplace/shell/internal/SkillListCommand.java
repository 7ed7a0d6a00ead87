package dev.platina.marketplace.shell.internal;

import dev.platina.identity.api.OrganizationService;
import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.Marketplace;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "platina", name = "skill-list",
        description = "Lists the skills of the configured repositories and the version installed here.")
public class SkillListCommand implements Action {

    @Argument(index = 0, name = "query", description = "Words to search for in name, summary and category")
    String query;

    @Reference
    OrganizationService organizations;

    @Reference
    Marketplace marketplace;

    @Override
    public Object execute() {
        var caller = ShellOperator.caller(organizations);
        List<CatalogSkill> skills = marketplace.catalog(caller, query);
        var table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Installed");
        table.column("Versions");
        table.column("Permissions");
        for (CatalogSkill skill : skills) {
            table.addRow().addContent(skill.id(), skill.name(), skill.installedVersion().orElse("-"),
                    String.join(" ", skill.versions().stream().map(v -> v.descriptor().version()
                            + (v.trusted() ? "" : " (untrusted)")).toList()),
                    skill.versions().isEmpty() ? "" : String.join(" ", skill.versions().get(0).descriptor()
                            .permissions().stream().map(p -> p.id()).toList()));
        }
        table.print(System.out);
        marketplace.repositoryProblems(caller).forEach(problem -> System.out.println("! " + problem));
        return null;
    }
}
