package dev.platina.persistence.api;

/** Persistence unit properties every Platina persistence unit sets, and why. */
public final class PersistenceUnitDefaults {

    /** Filter that selects the platform's application data source service. */
    public static final String DATA_SOURCE_FILTER = "(osgi.jndi.service.name=platina)";

    /**
     * EclipseLink refuses native SQL as soon as one {@code @Multitenant} entity exists (EclipseLink-6175);
     * the platform needs native SQL to set the row-level security tenant, so it must be allowed.
     */
    public static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-queries";

    /** The EclipseLink entity-manager property that carries the tenant of {@code @Multitenant} entities. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    private PersistenceUnitDefaults() {
    }
}
