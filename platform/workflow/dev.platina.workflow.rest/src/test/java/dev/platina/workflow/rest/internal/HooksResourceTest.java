package dev.platina.workflow.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.identity.api.Caller;
import dev.platina.rest.ProblemException;
import dev.platina.rest.ProblemType;
import dev.platina.workflow.api.WebhookReceipt;
import dev.platina.workflow.api.WebhookRequest;
import dev.platina.workflow.api.WebhookService;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The hook resource over a stand-in service: what HTTP answers it gives; verification is tested in the engine. */
class HooksResourceTest {

    private static final UUID WORKFLOW = UUID.randomUUID();
    private static final UUID RUN = UUID.randomUUID();

    private final AtomicReference<WebhookRequest> received = new AtomicReference<>();

    @Test
    void aVerifiedDeliveryAnswers202WithItsRunAndPassesTheRawBodyAndHeaders() {
        var resource = new HooksResource(service(false));

        Response answer = resource.deliver(WORKFLOW.toString(), "1700000000", "d-1", "sha256=ab",
                headers(Map.of("User-Agent", "shop/1.0")), stream("{\"a\": 1}".getBytes()));

        assertThat(answer.getStatus()).isEqualTo(202);
        assertThat(answer.getEntity()).isEqualTo(new HooksResource.DeliveryView(RUN.toString(), false));
        assertThat(answer.getLocation()).hasPath("/api/v1/runs/" + RUN);
        assertThat(new String(received.get().body())).isEqualTo("{\"a\": 1}");
        assertThat(received.get().headers()).containsEntry("User-Agent", "shop/1.0");
        assertThat(received.get().deliveryId()).isEqualTo("d-1");
    }

    @Test
    void aBodyOverTheLimitAnswers413NamingItWithoutReadingFurther() {
        var resource = new HooksResource(service(false));
        byte[] large = new byte[WebhookService.MAX_BODY_BYTES + 1];

        assertThatThrownBy(() -> resource.deliver(WORKFLOW.toString(), "1", "d", "s", headers(Map.of()),
                stream(large))).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problemType()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
                    assertThat(e.getMessage()).contains("262144 bytes (256 KiB)");
                    assertThat(e.extensions()).containsEntry("limitValue", WebhookService.MAX_BODY_BYTES);
                });
        assertThatThrownBy(() -> resource.deliver(WORKFLOW.toString(), "1", "d", "s",
                headers(Map.of(HttpHeaders.CONTENT_LENGTH, "999999999")), stream(new byte[0])))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problemType())
                        .isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
        assertThat(received.get()).as("the service never saw the oversized calls").isNull();
        byte[] exactly = new byte[WebhookService.MAX_BODY_BYTES];
        assertThat(resource.deliver(WORKFLOW.toString(), "1", "d", "s", headers(Map.of()), stream(exactly))
                .getStatus()).isEqualTo(202);
    }

    @Test
    void aRefusedSignatureAnswers401WithoutABearerChallenge() {
        WebhookService refusing = new WebhookService() {
            @Override
            public WebhookReceipt receive(UUID workflowId, WebhookRequest request) {
                throw new AuthenticationFailedException("not verified");
            }

            @Override
            public String rotateSecret(Caller caller, UUID workflowId) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatThrownBy(() -> new HooksResource(refusing).deliver(WORKFLOW.toString(), "1", "d", "s",
                headers(Map.of()), stream(new byte[0]))).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problemType()).isEqualTo(ProblemType.UNAUTHENTICATED);
                    assertThat(e.getMessage()).isEqualTo("not verified");
                    assertThat(e.headers().get(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Platina-HMAC-SHA256");
                });
    }

    private WebhookService service(boolean repeated) {
        return new WebhookService() {
            @Override
            public WebhookReceipt receive(UUID workflowId, WebhookRequest request) {
                assertThat(workflowId).isEqualTo(WORKFLOW);
                received.set(request);
                return new WebhookReceipt(RUN, repeated);
            }

            @Override
            public String rotateSecret(Caller caller, UUID workflowId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static HttpHeaders headers(Map<String, String> values) {
        var map = new MultivaluedHashMap<String, String>();
        values.forEach(map::add);
        return new HttpHeaders() {
            @Override
            public List<String> getRequestHeader(String name) {
                return map.get(name);
            }

            @Override
            public String getHeaderString(String name) {
                return map.getFirst(name);
            }

            @Override
            public MultivaluedMap<String, String> getRequestHeaders() {
                return map;
            }

            @Override
            public List<MediaType> getAcceptableMediaTypes() {
                return List.of();
            }

            @Override
            public List<Locale> getAcceptableLanguages() {
                return List.of();
            }

            @Override
            public MediaType getMediaType() {
                return MediaType.APPLICATION_JSON_TYPE;
            }

            @Override
            public Locale getLanguage() {
                return null;
            }

            @Override
            public Map<String, Cookie> getCookies() {
                return Map.of();
            }

            @Override
            public Date getDate() {
                return null;
            }

            @Override
            public int getLength() {
                return -1;
            }
        };
    }
}
