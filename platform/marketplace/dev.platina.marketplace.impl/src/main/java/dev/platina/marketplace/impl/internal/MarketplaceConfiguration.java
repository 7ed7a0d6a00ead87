package dev.platina.marketplace.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Platina marketplace",
        description = "The skill repositories this installation reads and the publisher keys it trusts.")
@interface MarketplaceConfiguration {

    String PID = "dev.platina.marketplace";

    @AttributeDefinition(description = "Skill repositories: file: or https: URLs of a repository root (the folder"
            + " holding catalog.json), several separated by commas. Empty means the repository shipped in the"
            + " installation's marketplace/ folder.")
    String[] repositories() default {};

    @AttributeDefinition(description = "Folder of the publisher keys (*.pub, PEM) whose packages may be installed."
            + " Empty means etc/marketplace-keys of the installation.")
    String trustedKeys() default "";

    @AttributeDefinition(description = "Seconds a repository's catalogue is kept before it is read again.", min = "0")
    int catalogCacheSeconds() default 60;

    @AttributeDefinition(description = "Largest artifact a package may contain, in megabytes.", min = "1")
    int maxArtifactMegabytes() default 100;

    @AttributeDefinition(description = "Seconds to wait for a repository to answer.", min = "1")
    int repositoryTimeoutSeconds() default 30;

    @AttributeDefinition(description = "Seconds an installed skill may take to start its services before the"
            + " installation counts as failed and is undone.", min = "1")
    int startTimeoutSeconds() default 30;
}
