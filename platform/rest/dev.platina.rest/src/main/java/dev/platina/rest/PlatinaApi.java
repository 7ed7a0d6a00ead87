package dev.platina.rest;

/** Names that tie resources and extensions to the Platina JAX-RS application. */
public final class PlatinaApi {

    /** The {@code osgi.jaxrs.name} of the application. */
    public static final String APPLICATION_NAME = "platina";

    /** The path every resource of the application lives under. */
    public static final String BASE_PATH = "/api";

    /** Filter for {@code @JaxrsApplicationSelect} on resources and extensions. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Media type of error answers (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * The role ({@code SecurityContext.isUserInRole}) of a caller who administers this installation: an Admin of the
     * platform organisation. Operational details (database location, pool state, bundle names) are shown only to it.
     */
    public static final String OPERATOR_ROLE = "platina-operator";

    /** Response header set on a 404 that no resource produced: the path matches no resource right now. */
    public static final String ROUTE_HEADER = "Platina-Route";

    /** Value of {@link #ROUTE_HEADER} when no resource matched. */
    public static final String ROUTE_NONE = "none";

    /** Header carrying the request id, in and out. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    /** Request property (ContainerRequestContext) holding the request id for filters and resources. */
    public static final String REQUEST_ID_PROPERTY = "platina.requestId";

    private PlatinaApi() {
    }
}
