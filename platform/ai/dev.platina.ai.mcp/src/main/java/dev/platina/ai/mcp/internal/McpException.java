package dev.platina.ai.mcp.internal;

/**
 * A call to an MCP server that gave no usable answer, in words an administrator can act on. {@code retryable}:
 * the same call may work later (the server was unreachable, slow or overloaded); otherwise something must change
 * first (address, credentials, the server's answer).
 */
final class McpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    McpException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    McpException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
