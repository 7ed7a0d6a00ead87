package dev.platina.ai.offline.internal;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PastCase.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up customer-service inbox for learning-curve tests: five kinds of request, each asked in eight ways,
 * wrapped in greetings, sign-offs and order numbers shared by all kinds. The stream of decided cases has about 10%
 * rejected proposals (a wrong action turned down) and 10% edited ones. Same seed, same inbox.
 */
final class SupportInbox {

    record Message(String text, String action, Map<String, String> fields) {
    }

    static final List<ActionTemplate> ACTIONS = List.of(
            new ActionTemplate("refund", "Refund a payment: the customer wants their money back",
                    "Dear {name}, we have refunded order {order}."),
            new ActionTemplate("shipping_status", "Tell the customer where their delivery is",
                    "Dear {name}, order {order} is on its way."),
            new ActionTemplate("cancel_subscription", "Cancel the customer's subscription",
                    "Dear {name}, your subscription ends this month."),
            new ActionTemplate("invoice_copy", "Send a copy of an invoice", "Dear {name}, the invoice is attached."),
            new ActionTemplate("escalate_complaint", "Escalate an angry complaint to a manager",
                    "Dear {name}, a manager will call you today."));

    private static final Map<String, List<String>> ASKS = Map.of(
            "refund", List.of("I want my money back for this order", "please refund the charge on my card",
                    "the item arrived broken and I would like a refund", "can you reimburse me for the faulty product",
                    "I returned it last week, when do I get the money", "I was charged twice, give one payment back",
                    "the jacket does not fit, I sent it back for a refund", "reverse the payment for the cancelled trip"),
            "shipping_status", List.of("where is my parcel", "my package has not arrived yet",
                    "when will this order be delivered", "the tracking shows no update for a week",
                    "the delivery is late", "has my order shipped already", "what day does the shipment arrive",
                    "the courier never came to my address"),
            "cancel_subscription", List.of("please cancel my subscription", "I want to stop my monthly plan",
                    "end my membership at the end of this month", "do not renew my account next year",
                    "how do I unsubscribe from the premium plan", "terminate my contract with you",
                    "stop charging me every month", "close my account for good"),
            "invoice_copy", List.of("send me a copy of the invoice", "I need the receipt for my accounting",
                    "can I get a VAT invoice for this order", "please resend the bill from last month",
                    "my accountant needs the invoice as PDF", "the invoice has the wrong address, reissue it",
                    "where can I download my invoices", "I need a billing statement for March"),
            "escalate_complaint", List.of("your support agent was rude to me", "this is the third time I write and "
                    + "nobody answers", "I am very unhappy with your service", "I want to speak to a manager",
                    "this is unacceptable and I am furious", "I will report you to consumer protection",
                    "worst experience I ever had with a shop", "I demand an explanation right now"));

    private static final List<String> GREETINGS = List.of("Hi,", "Hello team,", "Good morning,", "Dear support,", "");
    private static final List<String> SIGN_OFFS = List.of("Thanks, %s", "Regards, %s", "%s", "Best, %s",
            "Order %s by the way.");
    private static final List<String> NAMES = List.of("Anna", "Ben", "Chloe", "David", "Emma", "Farid", "Greta");

    private final Random random;

    SupportInbox(long seed) {
        this.random = new Random(seed);
    }

    Message next() {
        String action = ACTIONS.get(random.nextInt(ACTIONS.size())).action();
        List<String> asks = ASKS.get(action);
        String name = pick(NAMES);
        String order = "A-" + (1000 + random.nextInt(9000));
        String signOff = pick(SIGN_OFFS);
        String text = pick(GREETINGS) + " " + pick(asks) + ". Order " + order + ". "
                + String.format(signOff, signOff.startsWith("Order") ? order : name);
        return new Message(text.strip(), action, Map.of("name", name, "order", order));
    }

    List<Message> messages(int count) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /** Decided cases as the approval inbox would record them. */
    List<PastCase> decidedCases(int count) {
        List<PastCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Message m = next();
            double roll = random.nextDouble();
            Outcome outcome = roll < 0.1 ? Outcome.REJECTED : roll < 0.2 ? Outcome.EDITED : Outcome.APPROVED;
            String action = outcome == Outcome.REJECTED ? wrongAction(m.action()) : m.action();
            String draft = "Dear " + m.fields().get("name") + ", about order " + m.fields().get("order") + ": done ("
                    + action + ").";
            cases.add(new PastCase("case-" + i, m.text(), action, m.fields(), draft, outcome));
        }
        return cases;
    }

    private String wrongAction(String right) {
        List<String> others = ACTIONS.stream().map(ActionTemplate::action).filter(a -> !a.equals(right)).toList();
        return others.get(random.nextInt(others.size()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
