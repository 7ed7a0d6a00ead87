package dev.platina.persistence.api;

import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ConsumerType;

/** Work on a JDBC connection inside a transaction the caller must neither commit nor close. */
@ConsumerType
@FunctionalInterface
public interface SqlWork<T> {
    T execute(Connection connection) throws SQLException;
}
