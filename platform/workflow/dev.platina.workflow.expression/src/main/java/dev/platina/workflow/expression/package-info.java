/**
 * Workflow conditions and data mappings written in a small subset of CEL (Common Expression Language). Compile an
 * {@link dev.platina.workflow.expression.Expression} once, evaluate it against JSON-like variables as often as needed;
 * every failure, at compile or evaluation time, is an {@link dev.platina.workflow.expression.ExpressionException}
 * whose message a workflow author can act on.
 */
@Export
@Version("1.0.0")
package dev.platina.workflow.expression;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
