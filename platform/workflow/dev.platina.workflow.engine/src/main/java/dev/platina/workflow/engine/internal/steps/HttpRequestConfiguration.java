package dev.platina.workflow.engine.internal.steps;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Platina workflow HTTP request step",
        description = "What workflows may reach with the HTTP request step.")
public @interface HttpRequestConfiguration {

    String PID = "dev.platina.workflow.http";

    @AttributeDefinition(description = "Allow requests to loopback, private and link-local addresses (this machine,"
            + " the internal network, cloud metadata). Off by default: a workflow author must not reach what only"
            + " the server can reach.")
    boolean allowPrivateAddresses() default false;

    @AttributeDefinition(description = "Largest response body kept, in kilobytes.")
    int maxResponseKilobytes() default 1024;
}
