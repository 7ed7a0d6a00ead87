package dev.platina.identity.impl.internal;

import dev.platina.identity.api.User;
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

/** A row of {@code app_user}; the tenant column is filled and filtered by EclipseLink. */
@Entity
@Table(name = "app_user")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class UserEntity {

    @Id
    private String id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Role names separated by commas; names cannot contain one. */
    private String roles;

    private boolean enabled;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "totp_secret")
    private byte[] totpSecret;

    @Column(name = "totp_enabled")
    private boolean totpEnabled;

    @Column(name = "totp_last_step")
    private long totpLastStep;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected UserEntity() {
    }

    UserEntity(UUID id, String username, String displayName, String email, String passwordHash, Set<String> roles) {
        this.id = id.toString();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.enabled = true;
        this.passwordChangedAt = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.createdAt = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.version = 1;
    }

    User toUser(UUID organizationId) {
        return new User(UUID.fromString(id), organizationId, username, displayName, email, roles(), enabled,
                totpEnabled, lockedUntil == null ? null : lockedUntil.toInstant(), version,
                createdAt == null ? null : createdAt.toInstant());
    }

    UUID id() {
        return UUID.fromString(id);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<String> roles() {
        return roles == null || roles.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    boolean enabled() {
        return enabled;
    }

    int failedLogins() {
        return failedLogins;
    }

    OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    boolean totpEnabled() {
        return totpEnabled;
    }

    byte[] totpSecret() {
        return totpSecret;
    }

    long version() {
        return version;
    }

    void setRoles(Set<String> names) {
        this.roles = String.join(",", names);
    }

    void setDisplayName(String value) {
        this.displayName = value;
    }

    void setEmail(String value) {
        this.email = value;
    }

    void setEnabled(boolean value) {
        this.enabled = value;
    }

    void setPasswordHash(String value) {
        this.passwordHash = value;
        this.passwordChangedAt = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    void recordFailedLogin(int maxFailures, OffsetDateTime lockUntil) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void setTotp(byte[] encryptedSecret, boolean enabledNow) {
        this.totpSecret = encryptedSecret;
        this.totpEnabled = enabledNow;
    }

    long totpLastStep() {
        return totpLastStep;
    }

    void setTotpLastStep(long step) {
        this.totpLastStep = step;
    }
}
