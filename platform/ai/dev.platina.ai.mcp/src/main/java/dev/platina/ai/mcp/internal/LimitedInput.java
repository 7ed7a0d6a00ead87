package dev.platina.ai.mcp.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most {@code limit} bytes of an answer, so a server cannot fill the platform's memory. */
final class LimitedInput extends FilterInputStream {

    private final long limit;
    private final String server;
    private long read;

    LimitedInput(InputStream in, long limit, String server) {
        super(in);
        this.limit = limit;
        this.server = server;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new McpException("The MCP server " + server + " sent more than " + limit / 1024
                    + " KiB in one answer; the platform stops reading there.", false);
        }
    }
}
