/** Operator commands in the Karaf shell ({@code platina:*}); Karaf finds them through the header. */
@Header(name = "Karaf-Commands", value = "*")
package dev.platina.identity.shell.internal;

import org.osgi.annotation.bundle.Header;
