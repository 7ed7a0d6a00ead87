package dev.platina.ai.offline.internal;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.PastCase.Outcome;
import dev.platina.ai.api.Proposal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The shop's people deciding on proposals: a right proposal is approved (its draft edited into the shop's reply when
 * it is not usable as it is); a wrong one is edited to the right action with probability {@code editRate}, else
 * rejected. With probability {@code errorRate} the reviewer slips: approves a wrong proposal, or edits a right one to
 * a wrong action.
 */
final class ShopReviewer {

    /** What the reviewer did: the outcome, and the action and reply that were kept. */
    record Decision(Outcome outcome, String action, String draft) {
    }

    private static final Pattern ORDER = Pattern.compile("FG-\\d{5}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_.-]+}");

    private final Random random;
    private final double editRate;
    private final double errorRate;

    ShopReviewer(long seed, double editRate, double errorRate) {
        this.random = new Random(seed);
        this.editRate = editRate;
        this.errorRate = errorRate;
    }

    /** {@code proposal} with its draft and parameters already unmasked, as the reviewer sees it. */
    Decision decide(ShopMail.Mail mail, Proposal proposal) {
        boolean right = proposal.action().equals(mail.action());
        if (random.nextDouble() < errorRate) {
            return right ? edited(mail, wrongAction(mail.action())) : new Decision(Outcome.APPROVED, proposal.action(),
                    proposal.draft());
        }
        if (right) {
            return usefulDraft(mail, proposal) ? new Decision(Outcome.APPROVED, proposal.action(), proposal.draft())
                    : edited(mail, mail.action());
        }
        return random.nextDouble() < editRate ? edited(mail, mail.action())
                : new Decision(Outcome.REJECTED, proposal.action(), proposal.draft());
    }

    /**
     * A draft a reviewer can send as it is: for the right action, with no placeholder left, addressed to this
     * customer, and with no other customer's name or order number in it. (Whether its words fit is not judged: the
     * drafts are the shop's own replies, adapted.)
     */
    static boolean usefulDraft(ShopMail.Mail mail, Proposal proposal) {
        if (!proposal.action().equals(mail.action())) {
            return false;
        }
        String draft = proposal.draft();
        if (PLACEHOLDER.matcher(draft).find()) {
            return false;
        }
        String name = mail.fields().get("name");
        boolean foreignName = ShopPhrases.FIRST_NAMES.stream()
                .anyMatch(n -> !n.equals(name) && Pattern.compile("\\b" + n + "\\b").matcher(draft).find());
        boolean foreignOrder = ORDER.matcher(draft).results()
                .anyMatch(m -> !m.group().equals(mail.fields().get("order")));
        boolean addressed = draft.isEmpty() || draft.contains(name);
        return !foreignName && !foreignOrder && addressed;
    }

    /** The shop's reply for {@code action}, as a reviewer would write it for this mail. */
    static String reply(ShopMail.Mail mail, String action) {
        String template = ShopPhrases.ACTIONS.stream().filter(a -> a.action().equals(action))
                .map(ActionTemplate::draftTemplate).findFirst().orElse("");
        Map<String, String> fields = mail.fields();
        String order = fields.getOrDefault("order", "your order");
        return template.replace("{name}", fields.get("name")).replace("{order}", order);
    }

    private Decision edited(ShopMail.Mail mail, String action) {
        return new Decision(Outcome.EDITED, action, reply(mail, action));
    }

    private String wrongAction(String right) {
        List<String> others = ShopPhrases.ACTIONS.stream().map(ActionTemplate::action).filter(a -> !a.equals(right))
                .toList();
        return others.get(random.nextInt(others.size()));
    }
}
