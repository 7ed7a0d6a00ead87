package dev.platina.marketplace.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.ConflictException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.Installation;
import dev.platina.marketplace.api.InstalledSkill;
import dev.platina.marketplace.api.Marketplace;
import dev.platina.marketplace.api.SkillEnablements;
import dev.platina.persistence.api.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MarketplacePresenterTest {

    private static final TenantId PLATFORM = new TenantId(UUID.randomUUID());
    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    private final RecordingMarketplace marketplace = new RecordingMarketplace();

    @Test
    void theOperatorIsRecognisedByTheMarketplaceNotByHoldingThePermissionAlone() {
        Caller operator = caller(PLATFORM, Permission.MARKETPLACE_INSTALL, Permission.SKILLS_ENABLE);
        Caller tenantAdmin = caller(TENANT, Permission.MARKETPLACE_INSTALL, Permission.SKILLS_ENABLE);

        assertThat(presenter(operator).powers()).isEqualTo(new SkillOffer.Powers(true, true));
        assertThat(presenter(tenantAdmin).powers()).isEqualTo(new SkillOffer.Powers(false, true));
    }

    @Test
    void theCatalogueCanBeNarrowedToInstalledOrEnabledSkills() {
        marketplace.catalog.add(Skills.published("iban", "1.0.0"));
        marketplace.catalog.add(Skills.skill("teamclock", Optional.of("1.0.0"), false, Set.of(), "1.0.0"));
        marketplace.catalog.add(Skills.skill("directory", Optional.of("1.0.0"), true, Set.of(), "1.0.0"));
        MarketplacePresenter presenter = presenter(caller(TENANT, Permission.SKILLS_ENABLE));

        assertThat(presenter.catalogue("", MarketplacePresenter.Show.ALL)).extracting(CatalogSkill::id)
                .containsExactly("iban", "teamclock", "directory");
        assertThat(presenter.catalogue("", MarketplacePresenter.Show.INSTALLED)).extracting(CatalogSkill::id)
                .containsExactly("teamclock", "directory");
        assertThat(presenter.catalogue("", MarketplacePresenter.Show.ENABLED)).extracting(CatalogSkill::id)
                .containsExactly("directory");
    }

    @Test
    void onlyTheOperatorSeesHowManyOrganisationsUseASkillAndWhatARollbackReturnsTo() {
        marketplace.catalog.add(Skills.skill("iban", Optional.of("1.0.0"), false, Set.of(), "1.0.0", "0.9.0"));
        marketplace.installed.add(new InstalledSkill(Skills.descriptor("iban", "1.0.0"), Optional.of("0.9.0"), 2));

        var forOperator = presenter(caller(PLATFORM, Permission.MARKETPLACE_INSTALL)).skill("iban").orElseThrow();
        var forTenant = presenter(caller(TENANT, Permission.SKILLS_ENABLE)).skill("iban").orElseThrow();

        assertThat(forOperator.offer(Optional.empty()).rollbackTo()).contains("0.9.0");
        assertThat(forOperator.offer(Optional.empty()).usersBlockingUninstall()).isEqualTo(2);
        assertThat(forTenant.installed()).isEmpty();
        assertThat(presenter(caller(TENANT)).skill("nothing-like-it")).isEmpty();
    }

    @Test
    void enablingPassesThePermissionsTheAdminTicked() {
        MarketplacePresenter presenter = presenter(caller(TENANT, Permission.SKILLS_ENABLE));

        presenter.enable("directory", Set.of());
        presenter.enable("directory", Set.of("users:read"));
        presenter.disable("directory");

        assertThat(marketplace.calls).containsExactly("enable directory []", "enable directory [users:read]",
                "disable directory");
    }

    @Test
    void aMissingServiceSaysTheMarketplaceIsNotRunning() {
        MarketplaceAccess gone = new MarketplaceAccess() {
            @Override
            public <R> R marketplace(Function<Marketplace, R> work) {
                throw new MarketplaceUnavailableException();
            }

            @Override
            public <R> R enablements(Function<SkillEnablements, R> work) {
                throw new MarketplaceUnavailableException();
            }
        };

        assertThatThrownBy(() -> new MarketplacePresenter(gone, caller(TENANT)))
                .isInstanceOf(MarketplaceUnavailableException.class)
                .satisfies(e -> assertThat(MarketplacePresenter.messageFor((RuntimeException) e))
                        .contains("not running", "Try again"));
    }

    @Test
    void failuresAreShownInTheServicesOwnWordsAndUnexpectedOnesSayWhatToDo() {
        assertThat(MarketplacePresenter.messageFor(new ConflictException("2 organisations still use IBAN check.")))
                .isEqualTo("2 organisations still use IBAN check.");
        assertThat(MarketplacePresenter.messageFor(new AccessDeniedException("marketplace:install", "Only the operator"
                + " installs skills."))).isEqualTo("Only the operator installs skills.");
        assertThat(MarketplacePresenter.messageFor(new IllegalStateException("Uninstalling IBAN check failed: disk full")))
                .contains("disk full", "tell your operator");
    }

    @Test
    void aFinishedChangeIsDescribedByWhatItDid() {
        assertThat(MarketplacePresenter.doneMessage(done(Installation.Action.INSTALL, "1.0.0"), "IBAN check"))
                .isEqualTo("IBAN check 1.0.0 is installed. Organisations can enable it now.");
        assertThat(MarketplacePresenter.doneMessage(done(Installation.Action.UPGRADE, "1.1.0"), "IBAN check"))
                .startsWith("IBAN check is upgraded to 1.1.0");
        assertThat(MarketplacePresenter.doneMessage(done(Installation.Action.ROLLBACK, "0.9.0"), "IBAN check"))
                .isEqualTo("IBAN check is back at version 0.9.0.");
    }

    private MarketplacePresenter presenter(Caller caller) {
        return new MarketplacePresenter(marketplace, caller);
    }

    private static Caller caller(TenantId organization, String... permissions) {
        return new Caller(organization, UUID.randomUUID(), "someone", Set.of("Admin"), Set.of(permissions),
                Caller.Kind.USER, "test");
    }

    private static Installation done(Installation.Action action, String version) {
        return new Installation(UUID.randomUUID(), "iban", version, Optional.empty(), action,
                Installation.State.INSTALLED, 100, "Done", Optional.empty(), Instant.now(), Optional.of(Instant.now()));
    }

    /**
     * The parts of the marketplace the presenter reads, from lists the test fills; the operator is whoever holds
     * {@code marketplace:install} in the platform organisation, as in the real service.
     */
    private static final class RecordingMarketplace implements MarketplaceAccess {

        private static final long serialVersionUID = 1L;

        final List<CatalogSkill> catalog = new ArrayList<>();
        final List<InstalledSkill> installed = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public <R> R marketplace(Function<Marketplace, R> work) {
            return work.apply(new Marketplace() {
                @Override
                public boolean isOperator(Caller caller) {
                    return caller.organization().equals(PLATFORM) && caller.has(Permission.MARKETPLACE_INSTALL);
                }

                @Override
                public List<CatalogSkill> catalog(Caller caller, String query) {
                    return List.copyOf(catalog);
                }

                @Override
                public Installation install(Caller caller, String skillId, String version) {
                    throw new UnsupportedOperationException("The presenter tests never install");
                }

                @Override
                public Installation rollback(Caller caller, String skillId) {
                    throw new UnsupportedOperationException("The presenter tests never roll back");
                }

                @Override
                public Optional<Installation> installation(Caller caller, UUID id) {
                    return Optional.empty();
                }

                @Override
                public List<String> repositoryProblems(Caller caller) {
                    return List.of();
                }

                @Override
                public List<InstalledSkill> installed(Caller caller) {
                    return List.copyOf(installed);
                }

                @Override
                public void uninstall(Caller caller, String skillId, boolean force) {
                    calls.add("uninstall " + skillId + " " + force);
                }
            });
        }

        @Override
        public <R> R enablements(Function<SkillEnablements, R> work) {
            return work.apply(new SkillEnablements() {
                @Override
                public EnabledSkill enable(Caller caller, String skillId, Set<String> permissions) {
                    calls.add("enable " + skillId + " " + new java.util.TreeSet<>(permissions));
                    return new EnabledSkill(skillId, permissions);
                }

                @Override
                public void disable(Caller caller, String skillId) {
                    calls.add("disable " + skillId);
                }
            });
        }
    }
}
