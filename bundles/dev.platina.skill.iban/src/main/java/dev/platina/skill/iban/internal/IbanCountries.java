package dev.platina.skill.iban.internal;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The countries of the ISO 13616 IBAN registry kept by SWIFT (as published in 2025) and the exact IBAN length of
 * each. Territories that bank under another country's code (French overseas departments under FR, Åland under
 * FI, Jersey, Guernsey and the Isle of Man under GB) have no entry of their own, as in the registry.
 */
final class IbanCountries {

    // Code and length pairs, one block per initial letter; kept as text so the table reads like the registry.
    private static final String REGISTRY = """
            AD24 AE23 AL28 AT20 AZ28
            BA20 BE16 BG22 BH22 BI27 BR29 BY28
            CH21 CR22 CY28 CZ24
            DE22 DJ27 DK18 DO28
            EE20 EG29 ES24
            FI18 FK18 FO18 FR27
            GB22 GE22 GI23 GL18 GR27 GT28
            HN28 HR21 HU28
            IE22 IL23 IQ23 IS26 IT27
            JO30
            KW30 KZ20
            LB28 LC32 LI21 LT20 LU20 LV21 LY25
            MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30
            NI28 NL18 NO15
            OM23
            PK24 PL28 PS29 PT25
            QA29
            RO24 RS22 RU33
            SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28
            TL23 TN24 TR26
            UA29
            VA22 VG24
            XK20
            YE30
            """;

    private static final Map<String, Integer> LENGTHS = parse(REGISTRY);

    private IbanCountries() {
    }

    /** The length of the country's IBANs, or empty when the country issues none. */
    static OptionalInt length(String country) {
        Integer length = LENGTHS.get(country);
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** Every country code in the registry, in alphabetical order. */
    static Iterable<String> codes() {
        return LENGTHS.keySet();
    }

    private static Map<String, Integer> parse(String registry) {
        Map<String, Integer> lengths = new TreeMap<>();
        for (String entry : registry.trim().split("\\s+")) {
            lengths.put(entry.substring(0, 2), Integer.valueOf(entry.substring(2)));
        }
        return Collections.unmodifiableMap(lengths);
    }
}
