package dev.platina.rest;

import org.slf4j.MDC;

/** The id of the API request the current thread is serving (see {@link PlatinaApi#REQUEST_ID_HEADER}). */
public final class RequestIds {

    /** The logging context key; log patterns show it with {@code %X{requestId}}. */
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
