package dev.platina.identity.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Platina sign-in", description = "Sessions, throttling and lockout.")
@interface AuthenticationConfiguration {

    String PID = "dev.platina.identity.authentication";

    @AttributeDefinition(description = "Minutes without a request after which a session ends.", min = "1")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "Hours after sign-in after which a session ends regardless of use.", min = "1")
    int sessionAbsoluteHours() default 12;

    @AttributeDefinition(description = "Wrong passwords in a row that lock an account.", min = "1")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Minutes an account stays locked.", min = "1")
    int lockoutMinutes() default 15;

    @AttributeDefinition(description = "Failed sign-ins one network address may make in the window before it is"
            + " refused; 0 turns this off (e.g. behind a proxy that hides client addresses).", min = "0")
    int maxFailedLoginsPerAddress() default 50;

    @AttributeDefinition(description = "Minutes of the per-address window.", min = "1")
    int addressWindowMinutes() default 10;
}
