package dev.platina.marketplace.ui.internal;

import dev.platina.marketplace.api.Marketplace;
import dev.platina.marketplace.api.SkillEnablements;
import java.io.Serializable;
import java.util.function.Function;

/** Runs one piece of work with the marketplace services, which may come and go while a screen is open. */
interface MarketplaceAccess extends Serializable {

    /** @throws MarketplaceUnavailableException when the service is not running */
    <R> R marketplace(Function<Marketplace, R> work);

    /** @throws MarketplaceUnavailableException when the service is not running */
    <R> R enablements(Function<SkillEnablements, R> work);
}
