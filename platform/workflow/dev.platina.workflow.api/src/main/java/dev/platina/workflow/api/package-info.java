/**
 * Workflows: definitions as versioned JSON graphs ({@link dev.platina.workflow.api.WorkflowService}) and the steps
 * they are made of, which the platform and skills contribute as {@link dev.platina.workflow.api.WorkflowStep}
 * services. Runs start by hand, from platform events ({@link dev.platina.workflow.api.EventBus}), on a schedule, or
 * from signed webhook calls ({@link dev.platina.workflow.api.WebhookService}).
 */
@Export
@Version("1.3.0")
package dev.platina.workflow.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
