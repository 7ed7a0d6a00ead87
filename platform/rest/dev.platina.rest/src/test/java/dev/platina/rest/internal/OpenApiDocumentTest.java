package dev.platina.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    enum Color { RED, GREEN }

    record Widget(UUID id, String name, Color color, int size, Instant createdAt, List<String> tags) {
    }

    record Page(List<Widget> items, String nextCursor) {
    }

    @Path("v1/widgets")
    public static class WidgetResource {
        @GET
        public Page list(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor) {
            return null;
        }

        @GET
        @Path("{id: [0-9a-f-]+}")
        public Widget get(@PathParam("id") UUID id) {
            return null;
        }

        @POST
        @dev.platina.rest.OperationDescription("Creates a widget; sign it first.")
        public Widget create(Widget widget) {
            return null;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void describesPathsParametersBodiesAndSchemasOfTheResources() throws Exception {
        Map<String, Object> document = OpenApiDocument.generate("9.9.9", List.of(WidgetResource.class,
                HealthResource.class));

        var paths = (Map<String, Object>) document.get("paths");
        assertThat(paths).containsOnlyKeys("/api/v1/widgets", "/api/v1/widgets/{id}", "/api/health");

        var get = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/widgets/{id}")).get("get");
        assertThat(get.get("parameters")).asList().singleElement().asString()
                .contains("name=id", "in=path", "required=true", "format=uuid");

        var post = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/widgets")).get("post");
        assertThat(post.get("requestBody").toString()).contains("#/components/schemas/Widget");
        assertThat(post).containsEntry("description", "Creates a widget; sign it first.");
        assertThat(get).doesNotContainKey("description");

        String json = JsonProvider.MAPPER.writeValueAsString(document);
        assertThat(json).contains("\"openapi\":\"3.0.3\"", "\"version\":\"9.9.9\"",
                "\"enum\":[\"RED\",\"GREEN\"]", "\"format\":\"date-time\"", "\"default\":\"50\"",
                "\"HealthReport\"", "application/problem+json");
    }
}
