package dev.platina.ai.impl.internal;

import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.ai.api.AiUsage;
import dev.platina.core.api.SecretCipher;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads and writes organisations' AI settings and use. The key is sealed with the installation's cipher, bound
 * to the organisation, and opened only to connect; it never leaves this class except to the provider.
 */
@Component(service = TenantAiSettings.class)
public final class TenantAiSettings {

    private final TenantTransactions transactions;
    private final SecretCipher cipher;
    private final Clock clock;
    private final SettingsStore settings = new SettingsStore();
    private final UsageStore usage = new UsageStore();

    @Activate
    public TenantAiSettings(@Reference TenantTransactions transactions, @Reference SecretCipher cipher) {
        this(transactions, cipher, Clock.systemUTC());
    }

    TenantAiSettings(TenantTransactions transactions, SecretCipher cipher, Clock clock) {
        this.transactions = transactions;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The settings with the key opened, for connecting. */
    record Connection(AiSettings settings, String apiKey) {

        @Override
        public String toString() {
            return "Connection[" + settings.provider() + ", " + settings.model() + "]";
        }
    }

    AiSettings get(TenantId tenant) {
        return transactions.inTenant(tenant, c -> settings.read(c).map(SettingsStore.Stored::settings)
                .orElseGet(AiSettings::defaults));
    }

    Connection connection(TenantId tenant) {
        return transactions.inTenant(tenant, c -> settings.read(c).map(stored -> new Connection(stored.settings(),
                stored.sealedKey().map(key -> new String(cipher.decrypt(key, purpose(tenant)),
                        StandardCharsets.UTF_8)).orElse(""))).orElseGet(() -> new Connection(AiSettings.defaults(),
                                "")));
    }

    /** Stores the change and returns the settings as stored. */
    AiSettings update(TenantId tenant, AiSettingsChange change, String by) {
        Instant now = clock.instant();
        return transactions.inTenant(tenant, c -> {
            // No key in the change keeps the stored one; a blank one removes it; any other text replaces it.
            Optional<byte[]> key = change.apiKey().isEmpty()
                    ? settings.read(c).flatMap(SettingsStore.Stored::sealedKey)
                    : change.apiKey().filter(text -> !text.isBlank()).map(text -> cipher.encrypt(
                            text.strip().getBytes(StandardCharsets.UTF_8), purpose(tenant)));
            AiSettings stored = new AiSettings(change.provider(), change.baseUrl() == null ? ""
                    : change.baseUrl().strip(), change.model() == null ? "" : change.model().strip(), key.isPresent(),
                    change.timeoutSeconds(), change.maxRetries(), change.extras(), change.monthlyTokenBudget(),
                    Optional.of(now), Optional.of(by));
            settings.write(c, tenant, stored, key, by);
            return stored;
        });
    }

    AiUsage usage(TenantId tenant, long budget) {
        return transactions.inTenant(tenant, c -> usage.of(c, month(), budget));
    }

    void meter(TenantId tenant, long input, long output) {
        transactions.inTenant(tenant, c -> {
            usage.add(c, tenant, month(), input, output);
            return null;
        });
    }

    YearMonth month() {
        return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    }

    Instant now() {
        return clock.instant();
    }

    private static String purpose(TenantId tenant) {
        return "ai-provider-key:" + tenant.value();
    }
}
