package dev.platina.identity.impl.internal;

import dev.platina.identity.api.Role;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A row of {@code custom_role}: a named set of permissions of one organisation. */
@Entity
@Table(name = "custom_role")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class CustomRoleEntity {

    @Id
    private String id;

    private String name;

    private String description;

    private String permissions;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected CustomRoleEntity() {
    }

    CustomRoleEntity(UUID id, String name, String description, Set<String> permissions) {
        this.id = id.toString();
        this.name = name;
        this.description = description;
        setPermissions(permissions);
        this.createdAt = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.version = 1;
    }

    Role toRole() {
        return new Role(UUID.fromString(id), name, description, permissions(), false, version);
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    Set<String> permissions() {
        return permissions == null || permissions.isEmpty()
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(permissions.split(",")));
    }

    void setName(String value) {
        this.name = value;
    }

    void setDescription(String value) {
        this.description = value;
    }

    void setPermissions(Set<String> values) {
        this.permissions = String.join(",", values);
    }
}
