package dev.platina.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the body type of a resource method that returns a {@code javax.ws.rs.core.Response} (to set a status or
 * headers), so the OpenAPI document can describe the body all the same.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResponseSchema {
    Class<?> value();
}
