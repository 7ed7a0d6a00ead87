/**
 * AI: language models behind one contract ({@link dev.platina.ai.api.LanguageModel}: chat with tool calls), the
 * providers that connect to them ({@link dev.platina.ai.api.LanguageModelProvider}: Anthropic Messages,
 * OpenAI-compatible Chat Completions), and the trust layer's reversible masking of personal data
 * ({@link dev.platina.ai.api.PiiMasker}) before any text leaves for an external provider. Each organisation chooses
 * its provider ({@link dev.platina.ai.api.AiSettingsService}, the offline engine by default) and every call goes
 * through the {@link dev.platina.ai.api.AiGateway}: masked, within the monthly token budget, metered and audited.
 * {@link dev.platina.ai.api.CaseReasoner} proposes an action with a confidence and a rationale from the
 * organisation's past cases, and {@link dev.platina.ai.api.AiMemory} keeps what the organisation's decisions taught
 * (masked, pseudonymised, with opt-out). {@link dev.platina.ai.api.ToolSource} adds outside tools (MCP servers).
 */
@Export
@Version("1.2.0")
package dev.platina.ai.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
