package dev.platina.rest.internal;

import dev.platina.health.api.HealthCheck;
import dev.platina.health.api.HealthResult;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code GET /api/health}: UP (200) only when every required check is registered and UP and no other check is
 * DOWN; otherwise DOWN (503), so a load balancer or a start script can wait on it. Checks run in parallel, each
 * within the configured timeout. Anyone sees the statuses; only the operator sees the details.
 */
@Component(service = HealthResource.class, configurationPid = HealthConfiguration.PID)
@Designate(ocd = HealthConfiguration.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@PermitAll
@Path("health")
public final class HealthResource {

    /** The answer of {@code GET /api/health}. */
    public record HealthReport(String status, Map<String, CheckReport> checks, String version) {
    }

    /** One check in the health report. */
    public record CheckReport(String status, Map<String, Object> details) {
    }

    private final Map<String, HealthCheck> checks = new ConcurrentHashMap<>();
    private final HealthConfiguration configuration;
    private final String version;
    // Bounded: /api/health is public, so a flood of calls must not become a flood of threads.
    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        var thread = new Thread(runnable, "platina-health");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CachedReport cached;

    private record CachedReport(HealthReport report, long takenAtNanos) {
    }

    @Activate
    public HealthResource(BundleContext context, HealthConfiguration configuration) {
        this(configuration, ProductVersion.of(context));
    }

    HealthResource(HealthConfiguration configuration, String version) {
        this.configuration = configuration;
        this.version = version;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check, Map<String, Object> properties) {
        checks.put(name(check, properties), check);
        cached = null;
    }

    void removeCheck(HealthCheck check, Map<String, Object> properties) {
        checks.remove(name(check, properties), check);
        cached = null;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseSchema(HealthReport.class)
    public Response health(@Context SecurityContext security) {
        HealthReport full = report();
        HealthReport report = security != null && security.isUserInRole(PlatinaApi.OPERATOR_ROLE) ? full
                : withoutDetails(full);
        return Response.status("UP".equals(report.status()) ? 200 : 503)
                .entity(report)
                .header("Cache-Control", "no-store")
                .build();
    }

    /** What anyone may see: overall and per-check status, and the reason a check is down, nothing else. */
    static HealthReport withoutDetails(HealthReport full) {
        var checks = new LinkedHashMap<String, CheckReport>();
        full.checks().forEach((name, check) -> checks.put(name, new CheckReport(check.status(),
                "UP".equals(check.status()) ? Map.of() : Map.of("reason", "See the server log or ask the operator."))));
        return new HealthReport(full.status(), checks, full.version());
    }

    /** The latest report, reused for a moment so that frequent probes do not each query every resource. */
    HealthReport report() {
        CachedReport last = cached;
        long now = System.nanoTime();
        if (last != null && now - last.takenAtNanos() < TimeUnit.MILLISECONDS.toNanos(configuration.cacheMillis())) {
            return last.report();
        }
        HealthReport report = freshReport();
        cached = new CachedReport(report, now);
        return report;
    }

    private HealthReport freshReport() {
        var running = new TreeMap<String, CompletableFuture<HealthResult>>();
        checks.forEach((name, check) -> running.put(name, CompletableFuture.supplyAsync(check::check, executor)
                .completeOnTimeout(HealthResult.down("No answer within " + configuration.timeoutSeconds() + " s"),
                        configuration.timeoutSeconds(), TimeUnit.SECONDS)
                .exceptionally(failure -> HealthResult.down("The check failed: " + failure.getMessage()))));
        var results = new LinkedHashMap<String, CheckReport>();
        boolean up = true;
        for (String required : configuration.requiredChecks()) {
            if (!running.containsKey(required)) {
                results.put(required, new CheckReport("DOWN", Map.of("reason",
                        "Not registered: the component that provides this check is not running.")));
                up = false;
            }
        }
        for (var entry : running.entrySet()) {
            HealthResult result = entry.getValue().join();
            results.put(entry.getKey(), new CheckReport(result.status().name(), result.details()));
            up &= result.isUp();
        }
        return new HealthReport(up ? "UP" : "DOWN", results, version);
    }

    private static String name(HealthCheck check, Map<String, Object> properties) {
        Object name = properties.get(HealthCheck.NAME_PROPERTY);
        return name != null ? name.toString() : check.getClass().getName();
    }
}
