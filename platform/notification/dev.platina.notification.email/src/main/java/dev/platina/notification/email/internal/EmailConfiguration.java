package dev.platina.notification.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Platina e-mail notifications",
        description = "The SMTP server that carries notification e-mails, and how they look.")
public @interface EmailConfiguration {

    String PID = "dev.platina.notification.email";

    @AttributeDefinition(description = "Host name of the SMTP server (relay or submission server).")
    String host() default "localhost";

    @AttributeDefinition(description = "Port of the SMTP server: 25 for a relay, 587 for submission with a login.")
    int port() default 25;

    @AttributeDefinition(description = "Encryption with STARTTLS. 'required' (default): never send mail or the"
            + " password in clear, and check the server's certificate and host name. 'optional': encrypt when the"
            + " server offers it, otherwise send in clear (also the password). 'off': never encrypt; only for a"
            + " relay on this machine or a test server.", options = {
                @Option(value = "required", label = "Required"),
                @Option(value = "optional", label = "When offered"),
                @Option(value = "off", label = "Off")})
    String startTls() default "required";

    @AttributeDefinition(description = "Login at the SMTP server; empty for a server that takes mail without one.")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password of that login.")
    String password() default "";

    @AttributeDefinition(description = "Sender of the e-mails, e.g. 'Acme Platina <no-reply@acme.example>'.")
    String from() default "Platina <no-reply@localhost>";

    @AttributeDefinition(description = "Seconds to wait for the server to accept the connection.")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(description = "Seconds to wait for each answer of the server.")
    int readTimeoutSeconds() default 30;

    @AttributeDefinition(description = "Public address of the web app, for the links in the e-mails.")
    String publicOrigin() default "http://127.0.0.1:8080";

    @AttributeDefinition(description = "Product name in the e-mails while the web UI's themes are not available"
            + " (otherwise each organisation's theme names the product).")
    String productName() default "Platina";

    @AttributeDefinition(description = "Accent colour of buttons and the header bar, as #RRGGBB, while no theme"
            + " gives one.")
    String accentColor() default "#4F46E5";
}
