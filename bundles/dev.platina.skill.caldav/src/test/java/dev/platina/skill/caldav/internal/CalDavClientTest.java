package dev.platina.skill.caldav.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.integration.api.VendorAnswer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CalDavClientTest {

    @Test
    void aRequestThatMeetsAClosedConnectionIsSentOnceMore() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> {
                try {
                    // The first connection closes without an answer, as a server's closed keep-alive one does.
                    try (Socket first = server.accept()) {
                        requests.add(requestLine(first));
                    }
                    try (Socket second = server.accept()) {
                        requests.add(requestLine(second));
                        OutputStream out = second.getOutputStream();
                        out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException e) {
                    requests.add("peer failed: " + e);
                }
            });
            peer.start();
            var client = new CalDavClient(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/alice/work/"),
                    "alice", "secret");

            // DELETE, because the JDK's client itself sends a GET again but no other method.
            VendorAnswer answer = client.delete("/alice/work/a.ics", CalDavClient.Precondition.version("v1"));
            peer.join(5_000);

            assertThat(answer.status()).isEqualTo(204);
            assertThat(requests).containsExactly("DELETE /alice/work/a.ics HTTP/1.1",
                    "DELETE /alice/work/a.ics HTTP/1.1");
        }
    }

    @Test
    void aServerThatIsDownIsReportedAtOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        var client = new CalDavClient(URI.create("http://127.0.0.1:" + port + "/alice/work/"), "alice", "secret");

        assertThatThrownBy(() -> client.get("/alice/work/a.ics")).isInstanceOf(ConnectException.class);
    }

    @Test
    void hrefsStayInsideTheCollectionAndEscapeTheUid() {
        var client = new CalDavClient(URI.create("https://dav.example.com/cal/alice/work"), "alice", "secret");

        assertThat(client.collectionPath()).isEqualTo("/cal/alice/work/");
        assertThat(client.hrefFor("a b/ü@x")).isEqualTo("/cal/alice/work/a%20b%2F%C3%BC@x.ics");
        assertThat(CalDavClient.pathOf("https://dav.example.com/cal/alice/work/x.ics")).isEqualTo(
                "/cal/alice/work/x.ics");
        assertThat(CalDavClient.unquoted("W/\"abc\"")).isEqualTo("abc");
    }

    @Test
    void anAddressWithCredentialsInItIsRefused() throws Exception {
        assertThatThrownBy(() -> CalDavClient.collectionUri("https://alice:secret@dav.example.com/cal/"))
                .hasMessageContaining("must not contain the user name or password").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> CalDavClient.collectionUri("ftp://dav.example.com/cal/"))
                .hasMessageContaining("not an http(s) URL");
        assertThat(CalDavClient.collectionUri(" https://dav.example.com/cal/ ").getHost()).isEqualTo("dav.example.com");
    }

    private static String requestLine(Socket socket) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String first = reader.readLine();
        String line;
        while ((line = reader.readLine()) != null && !line.isEmpty()) {
            // the headers are not needed
        }
        return first;
    }
}
