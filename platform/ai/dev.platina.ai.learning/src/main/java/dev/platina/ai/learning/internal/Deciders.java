package dev.platina.ai.learning.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The user ids behind the usernames an approval names. Read from the organisation's own users in the settling
 * transaction, so the ids never leave this module and a pseudonym is built from the id, never the username.
 */
final class Deciders {

    Map<String, UUID> ids(Connection c, Collection<String> usernames) throws SQLException {
        var ids = new HashMap<String, UUID>();
        try (PreparedStatement query = c.prepareStatement("SELECT username, id FROM platina.app_user"
                + " WHERE username = ANY (?)")) {
            query.setArray(1, c.createArrayOf("text", usernames.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
        }
        return ids;
    }
}
