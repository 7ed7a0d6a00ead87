package dev.platina.identity.impl.internal;

import dev.platina.persistence.api.DataAccessException;
import dev.platina.persistence.api.SqlWork;
import java.sql.Connection;
import java.sql.SQLException;

/** JDBC work on the connection of a JPA transaction, with SQL failures reported like every other data failure. */
final class Jdbc {

    private Jdbc() {
    }

    static <T> T on(Connection connection, SqlWork<T> work) {
        try {
            return work.execute(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }
}
