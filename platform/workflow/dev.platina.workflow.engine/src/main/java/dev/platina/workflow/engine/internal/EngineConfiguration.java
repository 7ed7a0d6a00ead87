package dev.platina.workflow.engine.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Platina workflow engine", description = "How this node runs workflow tasks.")
public @interface EngineConfiguration {

    String PID = "dev.platina.workflow.engine";

    @AttributeDefinition(description = "Tasks run at the same time on this node; parallel branches share them.")
    int workers() default 8;

    @AttributeDefinition(description = "Tasks one organisation may claim per round while others wait, so a busy"
            + " organisation cannot starve the rest.")
    int tasksPerOrganisationPerRound() default 4;

    @AttributeDefinition(description = "Extra seconds a worker holds a task beyond the step's timeout; after that,"
            + " another node may take the task over.")
    int leaseGraceSeconds() default 30;

    @AttributeDefinition(description = "The longest the engine sleeps without a notification (for leases that ran"
            + " out on a crashed node and step types that came back).")
    int maxIdleSeconds() default 5;

    @AttributeDefinition(description = "This node's name in task leases; tasks it held before a restart are taken"
            + " up again at start. Empty: the Karaf instance name.")
    String nodeName() default "";
}
