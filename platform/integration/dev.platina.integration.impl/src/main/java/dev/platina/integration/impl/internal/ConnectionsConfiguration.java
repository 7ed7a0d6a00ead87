package dev.platina.integration.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Platina integrations",
        description = "What the addresses organisations enter for their connections may name.")
public @interface ConnectionsConfiguration {

    String PID = "dev.platina.integration";

    @AttributeDefinition(description = "Allow connection addresses (API, token, CalDAV and mail server addresses) that"
            + " name this machine, a private network or link-local addresses such as a cloud's metadata service."
            + " Off by default: an organisation's administrator must not reach what only the server can reach."
            + " Turn it on for self-hosted servers on the internal network of a single-company installation.")
    boolean allowPrivateAddresses() default false;
}
