package dev.platina.workflow.engine.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The one-line statements the engine's stores share. */
final class Sql {

    private Sql() {
    }

    /** Runs an INSERT, UPDATE or DELETE with positional parameters; returns how many rows it touched. */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }
}
