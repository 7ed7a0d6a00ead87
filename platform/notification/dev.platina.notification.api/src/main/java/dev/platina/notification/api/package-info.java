/**
 * Notifications: what the platform and skills tell a person ({@link dev.platina.notification.api.NotificationService}),
 * each person's preferences, and the channels that carry them, contributed as
 * {@link dev.platina.notification.api.NotificationChannel} services (web push and e-mail by the platform, SMS and
 * chat by their connectors).
 */
@Export
@Version("1.1.0")
package dev.platina.notification.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
