package dev.platina.identity.impl.internal;

import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.StorageQuota;
import dev.platina.persistence.api.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Storage use as the bytes of the organisation's rows in every tenant table (row-level security scopes the sums
 * to the organisation). Measured at most once a minute per organisation: exact to the byte is not the point,
 * stopping an organisation that fills the disk is.
 */
@Component(service = {StorageQuota.class, TenantStorageQuota.class})
public final class TenantStorageQuota implements StorageQuota {

    private static final long MIB = 1024L * 1024L;
    private static final long FRESH_NANOS = TimeUnit.MINUTES.toNanos(1);

    private record Measured(long bytes, long atNanos) {
    }

    private final IdentityPersistence persistence;
    private final Map<UUID, Measured> measured = new ConcurrentHashMap<>();

    @Activate
    public TenantStorageQuota(@Reference IdentityPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public long usedBytes(TenantId organization) {
        long now = System.nanoTime();
        Measured last = measured.get(organization.value());
        if (last != null && now - last.atNanos() < FRESH_NANOS) {
            return last.bytes();
        }
        long bytes = persistence.sql(organization, c -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = 'platina' AND column_name = 'tenant_id' ORDER BY table_name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            long total = 0;
            for (String table : tables) {
                try (PreparedStatement sum = c.prepareStatement("SELECT coalesce(sum(pg_column_size(t.*)), 0)"
                        + " FROM platina." + table.replace("\"", "") + " t");
                        ResultSet row = sum.executeQuery()) {
                    row.next();
                    total += row.getLong(1);
                }
            }
            return total;
        });
        measured.put(organization.value(), new Measured(bytes, now));
        return bytes;
    }

    @Override
    public void requireRoom(TenantId organization, long additionalBytes) {
        Integer limitMb = persistence.platformSql(c -> OrganizationStore.byId(c, organization.value()))
                .map(o -> o.limits().maxStorageMb()).orElse(null);
        if (limitMb == null) {
            return;
        }
        long used = usedBytes(organization);
        if (used + additionalBytes > limitMb * MIB) {
            throw new LimitExceededException("maxStorageMb", limitMb, null, "Your organisation uses "
                    + (used + MIB - 1) / MIB + " MB of its " + limitMb + " MB of storage (maxStorageMb). Delete data"
                    + " you no longer need, or ask your provider to raise the limit.");
        }
    }
}
