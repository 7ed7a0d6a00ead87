package dev.platina.identity.impl.internal;

import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.persistence.api.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: creates the root organisation {@code platform} and its admin {@code admin}, with the password from
 * {@code PLATINA_ADMIN_PASSWORD} or, if unset, a random one written to {@code data/initial-admin-password}
 * (readable by the owner only). There is never a fixed default password.
 */
@Component(immediate = true, service = OperatorBootstrap.class)
public final class OperatorBootstrap {

    static final String ADMIN_USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "PLATINA_ADMIN_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(OperatorBootstrap.class);

    @Activate
    public OperatorBootstrap(@Reference DefaultOrganizationService organizations,
            @Reference DefaultUserService users, @Reference IdentityPersistence persistence) throws IOException {
        this(organizations, users, persistence, System.getenv(PASSWORD_VARIABLE),
                Path.of(System.getProperty("karaf.data", "data")));
    }

    OperatorBootstrap(DefaultOrganizationService organizations, DefaultUserService users,
            IdentityPersistence persistence, String configuredPassword, Path dataDirectory) throws IOException {
        Organization platform = organizations.ensurePlatform();
        var tenant = new TenantId(platform.id());
        long accounts = persistence.sql(tenant, c -> {
            try (var query = c.prepareStatement("SELECT count(*) FROM app_user"); var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        if (accounts > 0) {
            return;
        }
        String password = configuredPassword;
        boolean generated = password == null || password.isBlank();
        if (!generated) {
            try {
                PasswordPolicy.check(PASSWORD_VARIABLE, password, ADMIN_USERNAME);
            } catch (RuntimeException weak) {
                LOG.error("{} is too weak ({}); a random password was generated instead", PASSWORD_VARIABLE,
                        weak.getMessage());
                generated = true;
            }
        }
        if (generated) {
            password = randomPassword();
        }
        users.createTrusted(Caller.system(tenant, "bootstrap"), platform, new NewUser(ADMIN_USERNAME,
                "Platform administrator", null, password, Set.of(BuiltInRole.ADMIN.displayName())));
        if (generated) {
            Path file = dataDirectory.resolve("initial-admin-password");
            Files.createDirectories(dataDirectory);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardOpenOption.WRITE);
            LOG.warn("Created the operator account '{}' in organisation '{}'. Its password is in {} (readable by"
                    + " this user only); sign in and change it, then delete the file.", ADMIN_USERNAME,
                    Organization.PLATFORM_SLUG, file.toAbsolutePath());
        } else {
            LOG.info("Created the operator account '{}' in organisation '{}' with the password from {}",
                    ADMIN_USERNAME, Organization.PLATFORM_SLUG, PASSWORD_VARIABLE);
        }
    }

    private static String randomPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
