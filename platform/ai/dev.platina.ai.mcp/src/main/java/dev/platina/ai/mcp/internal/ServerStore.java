package dev.platina.ai.mcp.internal;

import dev.platina.persistence.api.TenantId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The rows of {@code platina.ai_mcp_server}; row-level security keeps each organisation to its own. */
final class ServerStore {

    private static final String COLUMNS = "id, name, url, header_names, created_at, created_by, last_success_at,"
            + " tool_count, last_error, last_error_at";

    void insert(Connection c, TenantId tenant, McpServer server, byte[] sealedHeaders) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.ai_mcp_server (id, tenant_id, name,"
                + " url, header_names, sealed_headers, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, server.id());
            insert.setObject(2, tenant.value());
            insert.setString(3, server.name());
            insert.setString(4, server.url());
            insert.setArray(5, c.createArrayOf("text", server.headerNames().toArray()));
            insert.setBytes(6, sealedHeaders);
            insert.setTimestamp(7, Timestamp.from(server.createdAt()));
            insert.setString(8, server.createdBy());
            insert.executeUpdate();
        }
    }

    /** The servers ordered by name, after {@code afterName} when given, at most {@code limit}. */
    List<McpServer> list(Connection c, Optional<String> afterName, int limit) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM platina.ai_mcp_server"
                + " WHERE name > ? ORDER BY name LIMIT ?")) {
            query.setString(1, afterName.orElse(""));
            query.setInt(2, limit);
            return read(query);
        }
    }

    Optional<McpServer> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM platina.ai_mcp_server"
                + " WHERE id = ?")) {
            query.setObject(1, id);
            return read(query).stream().findFirst();
        }
    }

    Optional<McpServer> findByName(Connection c, String name) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM platina.ai_mcp_server"
                + " WHERE name = ?")) {
            query.setString(1, name);
            return read(query).stream().findFirst();
        }
    }

    Optional<byte[]> sealedHeaders(Connection c, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT sealed_headers FROM platina.ai_mcp_server"
                + " WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getBytes(1)) : Optional.empty();
            }
        }
    }

    boolean delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.ai_mcp_server WHERE id = ?")) {
            delete.setObject(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    void recordSuccess(Connection c, UUID id, int toolCount, Instant at) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.ai_mcp_server SET last_success_at = ?,"
                + " tool_count = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setInt(2, toolCount);
            update.setObject(3, id);
            update.executeUpdate();
        }
    }

    void recordFailure(Connection c, UUID id, String error, Instant at) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.ai_mcp_server SET last_error = ?,"
                + " last_error_at = ? WHERE id = ?")) {
            update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            update.setTimestamp(2, Timestamp.from(at));
            update.setObject(3, id);
            update.executeUpdate();
        }
    }

    private static List<McpServer> read(PreparedStatement query) throws SQLException {
        var servers = new ArrayList<McpServer>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int tools = rows.getInt(8);
                OptionalInt toolCount = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(tools);
                servers.add(new McpServer(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        texts(rows.getArray(4)), rows.getTimestamp(5).toInstant(), rows.getString(6),
                        new McpServer.Health(instant(rows.getTimestamp(7)), toolCount,
                                Optional.ofNullable(rows.getString(9)), instant(rows.getTimestamp(10)))));
            }
        }
        return servers;
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }
}
