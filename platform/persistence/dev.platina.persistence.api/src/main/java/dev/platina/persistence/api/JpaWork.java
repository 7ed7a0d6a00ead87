package dev.platina.persistence.api;

import javax.persistence.EntityManager;
import org.osgi.annotation.versioning.ConsumerType;

/** Work with an entity manager inside a transaction the caller must neither commit nor close. */
@ConsumerType
@FunctionalInterface
public interface JpaWork<T> {
    T execute(EntityManager entityManager);
}
