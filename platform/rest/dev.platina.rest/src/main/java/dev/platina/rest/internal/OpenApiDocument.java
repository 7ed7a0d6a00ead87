package dev.platina.rest.internal;

import static dev.platina.rest.internal.JsonSchemas.map;

import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemType;
import dev.platina.rest.ResponseSchema;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.security.PermitAll;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Builds the OpenAPI 3 document from the JAX-RS annotations of the resources that are registered right now, so
 * a skill's endpoints appear when it is installed and vanish when it is removed.
 */
final class OpenApiDocument {

    private final JsonSchemas schemas = new JsonSchemas();
    private final Map<String, Map<String, Object>> paths = new TreeMap<>();

    static Map<String, Object> generate(String version, Collection<Class<?>> resources) {
        var document = new OpenApiDocument();
        resources.stream().sorted(Comparator.comparing(Class::getName)).forEach(document::addResource);
        return document.toMap(version);
    }

    private void addResource(Class<?> resource) {
        String base = join(PlatinaApi.BASE_PATH, pathOf(resource.getAnnotation(Path.class)));
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            String path = join(base, pathOf(method.getAnnotation(Path.class)));
            paths.computeIfAbsent(path, p -> new TreeMap<>())
                    .put(httpMethod.toLowerCase(Locale.ROOT), operation(resource, method));
        }
    }

    private Map<String, Object> operation(Class<?> resource, Method method) {
        var operation = new LinkedHashMap<String, Object>();
        operation.put("operationId", resource.getSimpleName() + "_" + method.getName());
        operation.put("summary", humanize(method.getName()));
        OperationDescription description = method.getAnnotation(OperationDescription.class);
        if (description != null) {
            operation.put("description", description.value());
        }
        operation.put("tags", List.of(resource.getSimpleName().replaceAll("Resource$", "")));
        if (method.isAnnotationPresent(PermitAll.class) || resource.isAnnotationPresent(PermitAll.class)) {
            operation.put("security", List.of());
        }
        var parameters = new ArrayList<Object>();
        for (Parameter parameter : method.getParameters()) {
            Map<String, Object> described = parameter(parameter);
            if (described != null) {
                parameters.add(described);
            } else if (isBody(parameter)) {
                operation.put("requestBody", map("required", true, "content",
                        content(mediaTypes(method.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class)),
                                schemas.schemaOf(parameter.getParameterizedType()))));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        var responses = new LinkedHashMap<String, Object>();
        Type returned = method.getGenericReturnType();
        if (returned == void.class) {
            responses.put("204", map("description", "Done"));
        } else {
            ResponseSchema declared = method.getAnnotation(ResponseSchema.class);
            Map<String, Object> schema = declared != null ? schemas.schemaOf(declared.value())
                    : method.getReturnType() == Response.class ? map()
                    : schemas.schemaOf(returned);
            responses.put("200", map("description", "OK", "content",
                    content(mediaTypes(method.getAnnotation(Produces.class), resource.getAnnotation(Produces.class)),
                            schema)));
        }
        responses.put("default", map("description", "A problem (RFC 9457)", "content",
                map(PlatinaApi.PROBLEM_JSON, map("schema", map("$ref", "#/components/schemas/Problem")))));
        operation.put("responses", responses);
        return operation;
    }

    private Map<String, Object> parameter(Parameter parameter) {
        String in = null;
        String name = null;
        if (parameter.getAnnotation(PathParam.class) != null) {
            in = "path";
            name = parameter.getAnnotation(PathParam.class).value();
        } else if (parameter.getAnnotation(QueryParam.class) != null) {
            in = "query";
            name = parameter.getAnnotation(QueryParam.class).value();
        } else if (parameter.getAnnotation(HeaderParam.class) != null) {
            in = "header";
            name = parameter.getAnnotation(HeaderParam.class).value();
        } else if (parameter.getAnnotation(CookieParam.class) != null) {
            in = "cookie";
            name = parameter.getAnnotation(CookieParam.class).value();
        }
        if (in == null) {
            return null;
        }
        Map<String, Object> schema = schemas.schemaOf(parameter.getParameterizedType());
        DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
        if (defaultValue != null) {
            schema.put("default", defaultValue.value());
        }
        return map("name", name, "in", in, "required", "path".equals(in), "schema", schema);
    }

    private static boolean isBody(Parameter parameter) {
        for (Class<? extends Annotation> marker : List.of(Context.class, Suspended.class, BeanParam.class,
                FormParam.class, MatrixParam.class)) {
            if (parameter.getAnnotation(marker) != null) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> content(List<String> mediaTypes, Map<String, Object> schema) {
        var content = new LinkedHashMap<String, Object>();
        mediaTypes.forEach(type -> content.put(type, map("schema", schema)));
        return content;
    }

    private static List<String> mediaTypes(Object methodLevel, Object classLevel) {
        String[] values = methodLevel instanceof Produces p ? p.value()
                : methodLevel instanceof Consumes c ? c.value()
                : classLevel instanceof Produces p ? p.value()
                : classLevel instanceof Consumes c ? c.value()
                : new String[] {MediaType.APPLICATION_JSON};
        return List.of(values);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private Map<String, Object> toMap(String version) {
        var components = new TreeMap<String, Object>(schemas.components());
        components.put("Problem", problemSchema());
        var document = new LinkedHashMap<String, Object>();
        document.put("openapi", "3.0.3");
        document.put("info", map("title", "Platina API", "version", version, "description",
                "The API of this Platina installation, including the endpoints of the skills installed now."
                        + " Errors are RFC 9457 problems whose type URIs are stable."));
        document.put("security", List.of(map("bearerAuth", List.of())));
        document.put("paths", paths);
        document.put("components", map("schemas", components, "securitySchemes", map("bearerAuth",
                map("type", "http", "scheme", "bearer", "description",
                        "The token from POST /api/v1/auth/login, or a personal API token"))));
        return document;
    }

    private static Map<String, Object> problemSchema() {
        return map("type", "object", "required", List.of("type", "title", "status"), "properties", map(
                "type", map("type", "string", "format", "uri", "example", ProblemType.NOT_FOUND.type().toString()),
                "title", map("type", "string"),
                "status", map("type", "integer", "format", "int32"),
                "detail", map("type", "string"),
                "requestId", map("type", "string"),
                "errors", map("type", "array", "items", map("type", "object", "properties",
                        map("field", map("type", "string"), "message", map("type", "string"))))));
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        // Template regexes such as {id: [0-9a-f-]+} are not part of an OpenAPI path.
        joined = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String humanize(String methodName) {
        String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
