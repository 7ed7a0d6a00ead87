package dev.platina.persistence.postgres.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The login role the application uses at run time. It must be subject to row-level security: no superuser,
 * no BYPASSRLS, and owner of no table (owners could switch RLS off). {@link #verify} fails the start otherwise.
 */
final class ApplicationRole {

    private ApplicationRole() {
    }

    /**
     * Creates the role if needed, strips any privilege that would bypass row-level security, and gives it a
     * fresh random password, which only this process knows.
     *
     * @return the new password
     */
    static String provision(Connection owner, String role) throws SQLException {
        String quoted = quoteIdentifier(role);
        try (Statement statement = owner.createStatement()) {
            if (!exists(owner, role)) {
                statement.execute("CREATE ROLE " + quoted);
            }
            statement.execute("ALTER ROLE " + quoted
                    + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT");
            statement.execute("ALTER ROLE " + quoted + " SET search_path = " + MigrationRunner.SCHEMA);
            try (ResultSet db = statement.executeQuery("SELECT current_database()")) {
                db.next();
                statement.execute("GRANT CONNECT ON DATABASE " + quoteIdentifier(db.getString(1)) + " TO " + quoted);
            }
        }
        String password = randomPassword();
        // Sends a SCRAM verifier computed here: the clear password never reaches the server or its logs.
        owner.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
        return password;
    }

    /** Lists why {@code role} could bypass tenant isolation; empty when it cannot. */
    static List<String> isolationViolations(Connection owner, String role) throws SQLException {
        var problems = new ArrayList<String>();
        try (PreparedStatement query = owner.prepareStatement(
                "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    problems.add("role " + role + " does not exist");
                    return problems;
                }
                if (row.getBoolean(1)) {
                    problems.add("role " + role + " is a superuser");
                }
                if (row.getBoolean(2)) {
                    problems.add("role " + role + " has BYPASSRLS");
                }
            }
        }
        try (PreparedStatement query = owner.prepareStatement(
                "SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
                        + " WHERE r.rolname = ? AND c.relkind IN ('r', 'p', 'v', 'm')")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    problems.add("role " + role + " owns " + rows.getString(1));
                }
            }
        }
        return problems;
    }

    /** Lists tenant tables (tables with a tenant_id column) that row-level security does not guard. */
    static List<String> unguardedTenantTables(Connection owner) throws SQLException {
        var tables = new ArrayList<String>();
        try (PreparedStatement query = owner.prepareStatement(
                "SELECT n.nspname || '.' || c.relname FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped"
                        + " WHERE c.relkind IN ('r', 'p') AND n.nspname = ?"
                        + " AND NOT (c.relrowsecurity AND c.relforcerowsecurity"
                        + "          AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))"
                        + " ORDER BY 1")) {
            query.setString(1, MigrationRunner.SCHEMA);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    static String quoteIdentifier(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static boolean exists(Connection owner, String role) throws SQLException {
        try (PreparedStatement query = owner.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String randomPassword() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
