package dev.platina.marketplace.shell.internal;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.marketplace.api.Installation;
import dev.platina.marketplace.api.Marketplace;
import dev.platina.persistence.api.TenantId;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Whoever runs the Karaf shell on the machine is the operator: commands act as the platform in the platform
 * organisation, audited as {@code system:shell}.
 */
final class ShellOperator {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private ShellOperator() {
    }

    static Caller caller(OrganizationService organizations) {
        Organization platform = organizations.findBySlug(Organization.PLATFORM_SLUG).orElseThrow();
        return Caller.system(new TenantId(platform.id()), "shell");
    }

    /** Prints each step of the installation as it happens and returns the final state. */
    static Installation follow(Marketplace marketplace, Caller caller, Installation started, PrintStream out)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Installation current = started;
        String lastStep = "";
        while (!current.finished() && System.nanoTime() < deadline) {
            if (!current.step().equals(lastStep)) {
                out.printf("[%3d%%] %s%n", current.progress(), current.step());
                lastStep = current.step();
            }
            Thread.sleep(100);
            current = marketplace.installation(caller, started.id()).orElse(current);
        }
        if (current.state() == Installation.State.INSTALLED) {
            out.printf("[100%%] %s %s is installed.%n", current.skillId(), current.version());
        } else if (current.state() == Installation.State.FAILED) {
            out.println("FAILED: " + current.error().orElse("unknown error"));
        } else {
            out.println("Still running after " + PATIENCE.toMinutes() + " minutes; follow installation "
                    + current.id() + " through the API.");
        }
        return current;
    }
}
