package dev.platina.workflow.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.ETags;
import dev.platina.rest.Ids;
import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowService;
import dev.platina.workflow.api.WebhookService;
import dev.platina.workflow.api.WorkflowVersion;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Workflow definitions. The body of POST and PUT is the definition itself; each PUT saves a new version, guarded
 * by {@code If-Match} with the version the client edited. {@code ?version=N} reads an earlier version.
 */
@Component(service = WorkflowsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/workflows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WorkflowsResource {

    /** A workflow version as the API shows it. */
    public record WorkflowView(String id, String name, String description, int version,
            Map<String, Object> definition, String createdAt, String updatedAt, String updatedBy) {

        static WorkflowView of(Workflow workflow) {
            return new WorkflowView(workflow.id().toString(), workflow.name(), workflow.description(),
                    workflow.version(), workflow.definition(), workflow.createdAt().toString(),
                    workflow.updatedAt().toString(), workflow.updatedBy());
        }
    }

    /** A list answer: the items, and where the next page starts (none yet: every item fits one page). */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    /** A webhook secret, shown once: when it is made. */
    public record WebhookSecretView(String secret, String algorithm, String signatureHeader) {
    }

    private final WorkflowService workflows;
    private final RunService runs;
    private final WebhookService webhooks;

    @Activate
    public WorkflowsResource(@Reference WorkflowService workflows, @Reference RunService runs,
            @Reference WebhookService webhooks) {
        this.workflows = workflows;
        this.runs = runs;
        this.webhooks = webhooks;
    }

    @GET
    public Page<WorkflowView> list(@Context SecurityContext security) {
        return new Page<>(workflows.list(RequestCallers.of(security)).stream().map(WorkflowView::of).toList(), null);
    }

    @POST
    @ResponseSchema(WorkflowView.class)
    public Response create(Map<String, Object> definition, @Context SecurityContext security) {
        Workflow created = workflows.create(RequestCallers.of(security), required(definition));
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/workflows/" + created.id()))
                .tag(ETags.of(created.version())).entity(WorkflowView.of(created)).build();
    }

    /** Checks a definition without saving it: 200 when it would be accepted, else the 400 a save would give. */
    @POST
    @Path("check")
    @OperationDescription("Checks a workflow definition as a save would, without storing it; 400 lists every"
            + " problem at its place (errors[].field such as nodes[approve].next).")
    public Map<String, Object> check(Map<String, Object> definition, @Context SecurityContext security) {
        workflows.check(RequestCallers.of(security), required(definition));
        return Map.of("valid", true);
    }

    @GET
    @Path("step-types")
    public Page<StepDescriptor> stepTypes(@Context SecurityContext security) {
        return new Page<>(workflows.stepTypes(RequestCallers.of(security)), null);
    }

    @GET
    @Path("{id}")
    @ResponseSchema(WorkflowView.class)
    public Response get(@PathParam("id") String id, @QueryParam("version") Integer version,
            @Context SecurityContext security) {
        Caller caller = RequestCallers.of(security);
        UUID workflowId = Ids.parse(id, "workflow");
        Workflow workflow = version == null ? workflows.get(caller, workflowId)
                : workflows.get(caller, workflowId, version);
        return Response.ok(WorkflowView.of(workflow)).tag(ETags.of(workflow.version())).build();
    }

    @GET
    @Path("{id}/versions")
    public Page<WorkflowVersion> versions(@PathParam("id") String id, @Context SecurityContext security) {
        return new Page<>(workflows.versions(RequestCallers.of(security), Ids.parse(id, "workflow")), null);
    }

    @PUT
    @Path("{id}")
    @ResponseSchema(WorkflowView.class)
    public Response update(@PathParam("id") String id, Map<String, Object> definition,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        Caller caller = RequestCallers.of(security);
        UUID workflowId = Ids.parse(id, "workflow");
        long expected = ETags.expectedVersion(ifMatch, () -> workflows.get(caller, workflowId).version());
        // A version beyond any that exists is simply stale; the service says so.
        Workflow saved = workflows.update(caller, workflowId, required(definition),
                (int) Math.min(expected, Integer.MAX_VALUE));
        return Response.ok(WorkflowView.of(saved)).tag(ETags.of(saved.version())).build();
    }

    /** Starts a run of the current version with the body as its input. */
    @POST
    @Path("{id}/runs")
    @ResponseSchema(RunsResource.RunView.class)
    public Response start(@PathParam("id") String id, Map<String, Object> input, @Context SecurityContext security) {
        Run run = runs.start(RequestCallers.of(security), Ids.parse(id, "workflow"),
                input == null ? Map.of() : input);
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/runs/" + run.id()))
                .entity(RunsResource.RunView.of(run)).build();
    }

    /** Replaces the workflow's webhook secret and shows the new one, this once. */
    @POST
    @Path("{id}/webhook-secret")
    @ResponseSchema(WebhookSecretView.class)
    @OperationDescription("Makes a new secret for the workflow's webhook (its trigger must be `webhook`) and"
            + " returns it; this is the only time it is shown. The previous secret stops working at once. Needs"
            + " `workflows:edit`. See `POST /api/v1/hooks/{workflowId}` for how to sign calls with it.")
    public Response rotateWebhookSecret(@PathParam("id") String id, @Context SecurityContext security) {
        String secret = webhooks.rotateSecret(RequestCallers.of(security), Ids.parse(id, "workflow"));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new WebhookSecretView(secret, "HMAC-SHA256", HooksResource.SIGNATURE))
                .cacheControl(noStore).build();
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        workflows.delete(RequestCallers.of(security), Ids.parse(id, "workflow"));
    }

    private static Map<String, Object> required(Map<String, Object> definition) {
        if (definition == null) {
            throw InvalidInputException.of("body", "send the workflow definition: name, start, nodes and optionally"
                    + " trigger and description");
        }
        return definition;
    }
}
