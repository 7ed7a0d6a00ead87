/** Identity implementation; its persistence unit is declared for the Aries JPA extender. */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
package dev.platina.identity.impl.internal;

import org.osgi.annotation.bundle.Header;
