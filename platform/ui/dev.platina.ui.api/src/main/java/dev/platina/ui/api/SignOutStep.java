package dev.platina.ui.api;

import dev.platina.identity.api.Caller;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something a bundle does when a person signs out of the web UI, registered as an OSGi service: first a script in
 * the page that is signing out (only the page knows its browser, e.g. its push subscription), then
 * {@link #finish} on the server for the person who left. The session has ended already (a page that never answers
 * keeps nobody signed in), and sign-out waits only a few seconds for the page.
 */
@ConsumerType
public interface SignOutStep {

    /**
     * The body of an async JavaScript function run in the page ({@code await} allowed). What it returns, a string or
     * nothing, is handed to {@link #finish}.
     */
    String pageScript();

    /**
     * @param caller the person who signed out, as they were signed in; for cleaning up their own things only
     * @param pageAnswer what the script returned; null when it returned nothing, failed, or took more than a few
     *        seconds
     */
    void finish(Caller caller, String pageAnswer);
}
