package dev.platina.skill.directory.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.UserService;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.PlatinaApi;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/skills/directory/people?query=...}: the caller's colleagues. Reads as the request's caller,
 * which the platform has narrowed to what the organisation granted this skill; without {@code users:read} the
 * platform answers 403 naming the permission.
 */
@Component(service = DirectoryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/skills/directory/people")
@Produces(MediaType.APPLICATION_JSON)
public final class DirectoryResource {

    static final int MAX_QUERY = 100;

    public record People(List<Person> items, String skillVersion) {
    }

    private final Directory directory;
    // Reported with every answer so an admin can tell which build of the skill answered after an upgrade.
    private final String skillVersion = versionOf(DirectoryResource.class);

    @Activate
    public DirectoryResource(@Reference UserService users) {
        this.directory = new Directory(users);
    }

    @GET
    public People people(@QueryParam("query") String query, @Context SecurityContext security) {
        if (query != null && query.length() > MAX_QUERY) {
            throw InvalidInputException.of("query", "is at most " + MAX_QUERY + " characters; search for part of a"
                    + " name, user name or e-mail address");
        }
        return new People(directory.people(RequestCallers.of(security), query), skillVersion);
    }

    private static String versionOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? "" : bundle.getVersion().toString();
    }
}
