/**
 * The contract between the Platina web UI and the skills that add screens to it. A skill registers a
 * {@link dev.platina.ui.api.ViewContribution} service; the UI host adds its route and navigation entry to open
 * sessions at once and takes them away when the service goes. Views read who is signed in through
 * {@link dev.platina.ui.api.UiSession}. A {@link dev.platina.ui.api.SignOutStep} service cleans up after a person who
 * signs out (in their page and on the server).
 */
@Export
@Version("1.2.0")
package dev.platina.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
