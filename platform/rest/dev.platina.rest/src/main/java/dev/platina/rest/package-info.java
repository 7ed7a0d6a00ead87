/**
 * The contract for contributing REST resources to the Platina API at {@code /api}.
 *
 * <p>A bundle contributes a resource by registering it as a DS component annotated with
 * {@code @JaxrsResource} and {@code @JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)}. It appears in the
 * API and in {@code /api/openapi.json} while the bundle runs. Errors are reported by throwing
 * {@link dev.platina.rest.ProblemException}, which becomes an RFC 9457 {@code application/problem+json} answer.
 */
@Export
@Version("1.2.0")
package dev.platina.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
