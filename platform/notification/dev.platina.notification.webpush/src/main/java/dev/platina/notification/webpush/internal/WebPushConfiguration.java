package dev.platina.notification.webpush.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Platina web push", description = "How this installation sends push notifications"
        + " to browsers and installed apps.")
public @interface WebPushConfiguration {

    String PID = "dev.platina.notification.webpush";

    @AttributeDefinition(description = "How push services can reach the operator about this installation's"
            + " messages (the VAPID 'sub' claim): a mailto: or https: URI.")
    String subject() default "mailto:operator@localhost";

    @AttributeDefinition(description = "Accept push endpoints that are not https or that name a local address."
            + " Only for tests with a local push service: real push services are public https servers, and a"
            + " local endpoint would let a user make this server call its own network.")
    boolean allowInsecureEndpoints() default false;

    @AttributeDefinition(description = "How long, in seconds, a push service keeps a message for a device that is"
            + " offline.")
    int timeToLiveSeconds() default 86400;
}
