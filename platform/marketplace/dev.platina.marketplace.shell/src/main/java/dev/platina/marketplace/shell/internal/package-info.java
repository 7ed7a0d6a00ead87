/** Operator commands in the Karaf shell ({@code platina:skill-*}); Karaf finds them through the header. */
@Header(name = "Karaf-Commands", value = "*")
package dev.platina.marketplace.shell.internal;

import org.osgi.annotation.bundle.Header;
