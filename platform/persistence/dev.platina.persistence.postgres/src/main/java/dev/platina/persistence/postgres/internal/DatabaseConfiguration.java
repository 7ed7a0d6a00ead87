package dev.platina.persistence.postgres.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Node-level database settings. The environment variables named in each description take precedence, so a
 * container or service manager can configure Platina without editing files.
 */
@ObjectClassDefinition(name = "Platina database", description = "Where the platform database lives.")
@interface DatabaseConfiguration {

    String PID = "dev.platina.persistence.postgres";

    @AttributeDefinition(description = "JDBC URL of an external PostgreSQL (PLATINA_DB_URL). Empty: run the"
            + " embedded PostgreSQL under the Karaf data directory.")
    String url() default "";

    @AttributeDefinition(description = "Owner login of the external database, used for migrations (PLATINA_DB_USER).")
    String user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password of the owner login (PLATINA_DB_PASSWORD).")
    String password() default "";

    @AttributeDefinition(description = "Login role the application runs as; created and given a fresh password at"
            + " each start unless its password is set (PLATINA_DB_APP_USER).")
    String appUser() default "platina_app";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password of a pre-provisioned application"
            + " role (PLATINA_DB_APP_PASSWORD). Empty: the owner provisions the role.")
    String appPassword() default "";

    @AttributeDefinition(description = "Port of the embedded PostgreSQL on 127.0.0.1 (PLATINA_DB_EMBEDDED_PORT);"
            + " 0 picks a free port at each start.", min = "0", max = "65535")
    int embeddedPort() default 0;

    @AttributeDefinition(description = "Directory of the embedded PostgreSQL. Empty: <karaf.data>/postgres.")
    String embeddedDirectory() default "";

    @AttributeDefinition(description = "Most connections the application pool opens (PLATINA_DB_POOL_SIZE).",
            min = "2", max = "500")
    int maxPoolSize() default 20;
}
