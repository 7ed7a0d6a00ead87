package dev.platina.integration.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service outside Platina that organisations connect to (Stripe, HubSpot ...), registered as an OSGi service by
 * the skill that speaks to it. The platform never knows a connector by name: the Connections screen and API list
 * whatever is registered.
 */
@ConsumerType
public interface Connector {

    ConnectorDescriptor descriptor();

    /**
     * Makes one cheap authenticated call with the connection's credentials (e.g. read the account) and says how it
     * went, in words an administrator understands. Called before a connection is stored and on "Check now".
     * An exception counts as a failed check worded from its message.
     */
    CheckResult check(Connection connection) throws Exception;
}
