package dev.platina.workflow.api;

import dev.platina.identity.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's event bus: skills and the platform publish what happened in an organisation, and workflows react.
 * Publishing is durable and synchronous: when it returns, the event is stored, the runs it triggers are started and
 * the waits it ends are resumed, all in one transaction.
 */
@ProviderType
public interface EventBus {

    /** The most JSON an event's data may take. */
    int MAX_DATA_BYTES = 64 * 1024;

    /**
     * Publishes {@code event} in the publisher's organisation: starts a run of every workflow whose current version
     * is triggered by the event's type (and whose filter holds), and resumes the runs waiting for it.
     *
     * @throws dev.platina.core.api.InvalidInputException when the type is not like {@code crm.lead.created}, the id
     *     is empty, or the data is larger than {@link #MAX_DATA_BYTES}
     */
    EventReceipt publish(Caller publisher, PlatformEvent event);
}
