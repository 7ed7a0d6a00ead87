package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import dev.platina.identity.api.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A checkbox per role of the organisation, each explained by its description. */
final class RoleChoice {

    private RoleChoice() {
    }

    static CheckboxGroup<String> of(List<Role> roles) {
        Map<String, Role> byName = roles.stream().collect(Collectors.toMap(Role::name, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        CheckboxGroup<String> group = new CheckboxGroup<>("Roles");
        group.setItems(byName.keySet());
        group.setItemLabelGenerator(name -> {
            Role role = byName.get(name);
            String description = role.description();
            return role.builtIn() || description == null || description.isBlank() ? name : name + " - " + description;
        });
        return group;
    }
}
