/** Operator commands in the Karaf shell ({@code platina:run-*}); Karaf finds them through the header. */
@Header(name = "Karaf-Commands", value = "*")
package dev.platina.workflow.shell.internal;

import org.osgi.annotation.bundle.Header;
