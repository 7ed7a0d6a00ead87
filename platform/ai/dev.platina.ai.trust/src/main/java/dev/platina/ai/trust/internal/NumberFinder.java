package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.List;

/** Phone and card numbers among the number runs of a text; a run that could be both is taken for a phone. */
final class NumberFinder {

    private NumberFinder() {}

    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        for (NumberRun run : NumberRunScanner.scan(text)) {
            if (PhoneNumberRule.matches(run)) {
                found.add(new Finding(run.start(), run.end(), PiiKind.PHONE));
            } else if (CardNumberRule.matches(run)) {
                found.add(new Finding(run.start(), run.end(), PiiKind.CARD));
            }
        }
        return found;
    }
}
