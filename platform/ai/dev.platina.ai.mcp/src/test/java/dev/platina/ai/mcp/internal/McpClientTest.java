package dev.platina.ai.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MCP client against a real MCP peer on the JDK's HTTP server, speaking Streamable HTTP. */
class McpClientTest {

    private static final String SECRET = "Bearer mcp-secret-5b21e0";

    private McpPeer peer;
    private McpTransport transport;

    @BeforeEach
    void start() throws Exception {
        peer = new McpPeer();
        transport = new McpTransport(Duration.ofSeconds(1), 256 * 1024);
    }

    @AfterEach
    void stop() {
        transport.close();
        peer.close();
    }

    @Test
    void initialisesOnceKeepsTheSessionAndFollowsToolPages() {
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            List<RemoteTool> tools = client.listTools();

            assertThat(tools).extracting(RemoteTool::name).containsExactly("echo", "fail", "hang");
            assertThat(tools.get(0).inputSchema()).containsEntry("type", "object");
        }
        assertThat(peer.methods()).containsExactly("initialize", "notifications/initialized", "tools/list",
                "tools/list");
        McpPeer.Received initialize = peer.received.get(0);
        assertThat(initialize.message().path("params").path("protocolVersion").asText()).isEqualTo("2025-06-18");
        assertThat(initialize.headers().get("Accept")).contains("application/json", "text/event-stream");
        McpPeer.Received secondPage = peer.received.get(3);
        assertThat(secondPage.headers()).containsEntry("Mcp-Session-Id", McpPeer.SESSION)
                .containsEntry("MCP-Protocol-Version", "2025-06-18");
        assertThat(secondPage.message().path("params").path("cursor").asText()).isEqualTo("page-2");
        assertThat(peer.deletedSessions).as("the session is ended when the client closes")
                .containsExactly(McpPeer.SESSION);
    }

    @Test
    void callsAToolAnsweredAsJson() {
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            ToolResult result = client.callTool("echo", Map.of("text", "hello"));

            assertThat(result.isError()).isFalse();
            assertThat(result.texts()).containsExactly("You said: hello");
            assertThat(result.structuredContent()).contains(Map.of("echoed", "hello"));
        }
    }

    @Test
    void findsTheAnswerInAnEventStreamAmongOtherMessages() {
        peer.streamAnswers = true;
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            assertThat(client.listTools()).hasSize(3);
            ToolResult result = client.callTool("echo", Map.of("text", "streamed"));

            assertThat(result.texts()).containsExactly("You said: streamed");
            assertThat(result.structuredContent()).contains(Map.of("echoed", "streamed"));
        }
    }

    @Test
    void aToolErrorIsAResultWithTheToolsWords() {
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            ToolResult result = client.callTool("fail", Map.of());

            assertThat(result.isError()).isTrue();
            assertThat(result.text()).isEqualTo("Disk full");
        }
    }

    @Test
    void aForgottenSessionIsOpenedAgainOnce() {
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            client.listTools();
            peer.forgetSessionsOnce = 1;

            assertThat(client.callTool("echo", Map.of("text", "again")).text()).isEqualTo("You said: again");
        }
        assertThat(peer.methods()).containsSubsequence("tools/call", "initialize", "notifications/initialized",
                "tools/call");
    }

    @Test
    void aServerThatKeepsStreamingWithoutAnAnswerTimesOutAsRetryable() {
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> client.callTool("hang", Map.of())).isInstanceOfSatisfying(McpException.class,
                    e -> {
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.getMessage()).contains("did not answer within 1 s");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void anAnswerBeyondTheSizeLimitIsRefused() {
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            assertThatThrownBy(() -> client.callTool("flood", Map.of())).isInstanceOfSatisfying(McpException.class,
                    e -> {
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains("more than 256 KiB");
                    });
        }
    }

    @Test
    void transportFailuresSayWhatHappenedAndWhetherToTryAgain() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (McpClient nowhere = transport.connect(URI.create("http://127.0.0.1:" + closedPort + "/mcp"), Map.of())) {
            assertThatThrownBy(nowhere::listTools).isInstanceOfSatisfying(McpException.class, e -> {
                assertThat(e.retryable()).isTrue();
                assertThat(e.getMessage()).contains("could not be reached");
            });
        }
        peer.failWithStatus = 503;
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            assertThatThrownBy(client::listTools).isInstanceOfSatisfying(McpException.class, e -> {
                assertThat(e.retryable()).isTrue();
                assertThat(e.getMessage()).contains("HTTP 503");
            });
        }
        peer.failWithStatus = 0;
        try (McpClient wrongPath = transport.connect(peer.uri().resolve("/elsewhere"), Map.of())) {
            assertThatThrownBy(wrongPath::listTools).isInstanceOfSatisfying(McpException.class, e -> {
                assertThat(e.retryable()).isFalse();
                assertThat(e.getMessage()).contains("no MCP endpoint", "HTTP 404");
            });
        }
        try (McpClient client = transport.connect(peer.uri(), Map.of())) {
            assertThatThrownBy(() -> client.callTool("unknown", Map.of())).isInstanceOfSatisfying(
                    McpException.class, e -> assertThat(e.getMessage()).contains("Unknown tool", "-32602"));
        }
    }

    @Test
    void theSecretHeaderGoesWithEveryRequestAndIntoNoMessageOrLog() {
        peer.requiredAuthorization = SECRET;
        PrintStream original = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String refusal;
        try {
            try (McpClient client = transport.connect(peer.uri(), Map.of("Authorization", SECRET))) {
                assertThat(client.callTool("echo", Map.of("text", "x")).isError()).isFalse();
            }
            try (McpClient wrong = transport.connect(peer.uri(), Map.of("Authorization", SECRET + "-old"))) {
                refusal = org.assertj.core.api.Assertions.catchThrowableOfType(wrong::listTools, McpException.class)
                        .getMessage();
            }
        } finally {
            System.setErr(original);
        }

        assertThat(peer.received).filteredOn(r -> r.headers().containsKey("Mcp-Session-Id")
                || r.method().equals("initialize")).allSatisfy(r -> assertThat(r.headers())
                        .containsKey("Authorization"));
        assertThat(peer.received.get(0).headers().get("Authorization")).isEqualTo(SECRET);
        assertThat(refusal).contains("refused the credentials", "HTTP 401").doesNotContain("mcp-secret");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("mcp-secret");
    }
}
