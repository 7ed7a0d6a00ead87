/**
 * Notifications: what the platform and skills tell a person ({@link dev.platina.notification.api.NotificationService}),
 * each person's preferences, and the channels that carry them, contributed as
 * {@link dev.platina.notification.api.NotificationChannel} services (web push and e-mail by the platform, SMS and
 * chat by their connectors). The web UI lends its themes to messages through a
 * {@link dev.platina.notification.api.BrandDirectory}, and lets people subscribe their browser in-process through
 * {@link dev.platina.notification.api.PushDevices}.
 */
@Export
@Version("1.1.0")
package dev.platina.notification.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
