package dev.platina.ai.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Replaces personal data (e-mail addresses, phone numbers, IBANs, card numbers, names where they can be told) with
 * placeholders such as {@code [EMAIL_1]} before text leaves for an external provider, and puts the originals back
 * in the answer. One {@link MaskingSession} per conversation keeps the same value on the same placeholder.
 */
@ProviderType
public interface PiiMasker {

    /** A fresh session: its placeholders mean nothing outside it. */
    MaskingSession session();
}
