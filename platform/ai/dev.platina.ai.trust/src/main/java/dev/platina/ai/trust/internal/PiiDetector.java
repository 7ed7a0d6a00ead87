package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.List;

/** Runs every finder over a text and settles overlaps; names found here are remembered for the session. */
final class PiiDetector {

    private PiiDetector() {}

    static List<Finding> detect(String text, KnownNames knownNames) {
        List<Finding> candidates = new ArrayList<>();
        candidates.addAll(literalPlaceholders(text));
        List<Finding> emails = EmailFinder.find(text);
        candidates.addAll(emails);
        candidates.addAll(IbanFinder.find(text));
        candidates.addAll(NumberFinder.find(text));
        candidates.addAll(SalutationNames.find(text));
        candidates.addAll(SignOffNames.find(text));
        candidates.addAll(AddressNames.find(text, emails));
        List<Finding> accepted = Findings.resolve(candidates);

        for (Finding finding : accepted) {
            if (finding.kind() == PiiKind.NAME) {
                knownNames.add(finding.value(text));
            }
        }
        accepted.addAll(knownNames.find(text));
        return Findings.resolve(accepted);
    }

    private static List<Finding> literalPlaceholders(String text) {
        List<Finding> found = new ArrayList<>();
        var match = PlaceholderSyntax.PATTERN.matcher(text);
        while (match.find()) {
            found.add(new Finding(match.start(), match.end(), PiiKind.TEXT));
        }
        return found;
    }
}
