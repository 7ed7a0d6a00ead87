package dev.platina.integration.api;

/** One call to a vendor on behalf of one connection, made by {@link ConnectorDeliveries} when the breaker allows. */
@FunctionalInterface
public interface ConnectorCall {

    /** An exception counts as the vendor being unreachable ({@link CallResult.Kind#UNAVAILABLE}). */
    CallResult call(Connection connection) throws Exception;
}
