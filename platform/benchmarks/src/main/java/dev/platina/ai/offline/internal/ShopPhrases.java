package dev.platina.ai.offline.internal;

import dev.platina.ai.api.ActionTemplate;
import java.util.List;
import java.util.Map;

/**
 * The phrase book of a small online shop for home and outdoor goods ("Fernweh Goods"): the actions its support
 * desk takes, with their descriptions and reply macros, and for each the ways customers ask for it. Placeholders in
 * braces are filled by {@link ShopMail}. Written for this benchmark; no real customer's mail.
 */
final class ShopPhrases {

    private ShopPhrases() {
    }

    static final List<ActionTemplate> ACTIONS = List.of(
            new ActionTemplate("order_status", "Tell the customer where their order or parcel is and when it arrives",
                    "Hi {name}, order {order} left our warehouse and should reach you within two working days."),
            new ActionTemplate("refund", "Refund the payment: the customer sent the item back or wants their money back",
                    "Hi {name}, we have refunded order {order}; the money is back on your account in 3-5 days."),
            new ActionTemplate("damaged_item", "Send a free replacement for an item that arrived damaged or faulty",
                    "Hi {name}, sorry it arrived damaged: a replacement for order {order} is on its way."),
            new ActionTemplate("exchange_item", "Exchange an item for another size or colour",
                    "Hi {name}, happy to exchange it: use the label attached for order {order}."),
            new ActionTemplate("cancel_order", "Cancel an order that has not shipped yet",
                    "Hi {name}, order {order} is cancelled and you will not be charged."),
            new ActionTemplate("change_address", "Change the delivery address of an order before it ships",
                    "Hi {name}, the delivery address of order {order} is updated."),
            new ActionTemplate("invoice_copy", "Send a copy of the invoice or receipt of an order",
                    "Hi {name}, the invoice for order {order} is attached."),
            new ActionTemplate("escalate_complaint", "Hand an angry complaint to the team lead",
                    "Hi {name}, I am sorry. Our team lead will call you today about order {order}."),
            new ActionTemplate("product_question", "Answer a question about a product: size, material, care, stock",
                    "Hi {name}, thanks for asking! Here are the details: "),
            new ActionTemplate("unsubscribe", "Remove the customer from the newsletter and marketing e-mails",
                    "Hi {name}, you are unsubscribed and will get no more newsletters."),
            new ActionTemplate("handle_manually", "Nothing from the list fits: a person reads it (thanks, offers, spam)",
                    ""));

    /** How often each action comes in, in tenths of a percent. */
    static final Map<String, Integer> FREQUENCY = Map.ofEntries(Map.entry("order_status", 210),
            Map.entry("refund", 120), Map.entry("damaged_item", 90), Map.entry("exchange_item", 90),
            Map.entry("cancel_order", 80), Map.entry("change_address", 70), Map.entry("invoice_copy", 80),
            Map.entry("escalate_complaint", 60), Map.entry("product_question", 110), Map.entry("unsubscribe", 50),
            Map.entry("handle_manually", 40));

    static final Map<String, List<String>> ASKS = Map.ofEntries(
            Map.entry("order_status", List.of("where is my order {order}?", "my parcel still hasn't arrived",
                    "I ordered the {product} on {date} and nothing has come yet",
                    "can you tell me when order {order} will be delivered?", "the tracking link has not changed for days",
                    "has my {product} shipped yet?", "any news on my delivery? it's been {days} days",
                    "the courier says delivered but there is nothing at my door",
                    "what's the status of order {order}", "I'm still waiting for the {product}",
                    "is my package lost?", "when can I expect my order, I need it by the weekend",
                    "tracking number please for {order}", "it says in transit since {date}, is that normal?")),
            Map.entry("refund", List.of("I sent the {product} back on {date}, when do I get my money?",
                    "please refund order {order}", "I want my money back for the {product}",
                    "the {product} is not what I expected, I'd like a refund",
                    "you charged me twice for order {order}, please give one back",
                    "I returned the parcel {days} days ago and still no refund",
                    "can I get a refund instead of store credit?", "please reverse the payment for {order}",
                    "I cancelled but was still charged, I want the money back",
                    "the refund for my return has not shown up on my card",
                    "I don't want a replacement, just refund me")),
            Map.entry("damaged_item", List.of("the {product} arrived broken", "my {product} came with a big crack",
                    "the {product} stopped working after {days} days", "one of the parts of the {product} is missing",
                    "the box was crushed and the {product} inside is damaged",
                    "the zip on the {product} broke the first time I used it",
                    "the {product} leaks, can you send a new one?", "the {product} I received is scratched all over",
                    "it's defective, the {product} won't turn on", "a replacement please, the {product} is faulty",
                    "the seams of the {product} came apart already")),
            Map.entry("exchange_item", List.of("can I swap the {product} for a size {size}?",
                    "the {product} is too small, I need a {size}", "I'd like the {product} in {colour} instead",
                    "wrong size, can I exchange it?", "the {colour} doesn't suit me, could I get another colour?",
                    "the {product} is too big, can I trade it for a smaller one",
                    "exchange for size {size} please, order {order}", "you sent me {colour} but I ordered {colour2}",
                    "is it possible to change the {product} to the next size up?",
                    "I want to exchange my {product}, same model in {colour}")),
            Map.entry("cancel_order", List.of("please cancel order {order}", "I ordered by mistake, cancel it please",
                    "I changed my mind, cancel the {product} before it ships",
                    "can you stop my order {order}? I found it cheaper elsewhere", "cancel my order, I don't need it anymore",
                    "I placed the order twice, please cancel one of them",
                    "don't send the {product}, I want to cancel", "is it still possible to cancel order {order}?",
                    "cancel everything I ordered today please")),
            Map.entry("change_address", List.of("I moved, please send order {order} to {street}, {city}",
                    "wrong address on my order, it should be {street}", "can you change the delivery address to {city}?",
                    "please ship the {product} to my office instead: {street}, {city}",
                    "I made a typo in the street, the right one is {street}",
                    "could you deliver to my neighbour at {street} instead",
                    "update the shipping address for {order} please", "new address: {street}, {city}. Order {order}")),
            Map.entry("invoice_copy", List.of("can you send me the invoice for order {order}?",
                    "I need a receipt for the {product} for my company", "please send a VAT invoice",
                    "my accountant needs the invoice as a PDF", "the invoice is missing from the parcel",
                    "could I get an invoice with my company name on it?", "I lost the receipt, can you resend it",
                    "where can I download my invoice for {order}", "I need a copy of the bill for my insurance")),
            Map.entry("escalate_complaint", List.of("this is the third time I write and nobody answers!",
                    "your service is a disgrace", "I want to speak to a manager NOW",
                    "I am extremely disappointed with how you treated me", "unacceptable. I will leave a review everywhere",
                    "your driver threw the parcel over the fence and was rude to my wife",
                    "I have been waiting {days} days and your staff keep lying to me",
                    "I will report you to consumer protection", "worst shop ever, I'm furious",
                    "nobody from your team calls back, this is ridiculous")),
            Map.entry("product_question", List.of("is the {product} waterproof?",
                    "what material is the {product} made of?", "does the {product} come in {colour}?",
                    "how big is the {product} exactly?", "will the {product} be back in stock soon?",
                    "can the {product} go in the dishwasher?", "is the {product} suitable for children?",
                    "which size of the {product} should I take if I am 180 cm?",
                    "how do I wash the {product}?", "do you ship the {product} to Switzerland?",
                    "is there a warranty on the {product}?")),
            Map.entry("unsubscribe", List.of("please take me off your mailing list", "unsubscribe",
                    "stop sending me newsletters", "I get three marketing e-mails a day, stop it",
                    "remove my e-mail address from your newsletter", "I never signed up for these offers, remove me",
                    "how do I opt out of your emails?", "no more promotions please")),
            Map.entry("handle_manually", List.of("just wanted to say thanks, the {product} is lovely!",
                    "we are an SEO agency and can bring your shop to page one of Google",
                    "I am out of the office until {date} with limited access to e-mail",
                    "do you have any job openings in your warehouse?",
                    "would you be interested in stocking our handmade candles?",
                    "great service, keep it up", "Re: your invoice 88231 - see attachment",
                    "can I visit your shop in person? where are you located?")));

    /** Something a customer adds that says nothing about what they want. */
    static final List<String> CONTEXT = List.of("I have been a customer for years.", "It was meant as a gift.",
            "I ordered it last week.", "I paid with PayPal.", "My daughter chose it.", "This is my first order with you.",
            "I tried calling but the line was busy.", "I hope you can help.", "Sorry for the long mail.",
            "I already checked your FAQ.", "", "", "", "", "");

    /** A second request some customers add; the first one decides the action. */
    static final List<String> ASIDES = List.of("Also, can you send me the invoice?",
            "And please take me off the newsletter.", "By the way, is the {product} also available in {colour}?",
            "Oh and where is my other parcel?", "Also, the box was a bit dented.");

    static final List<String> GREETINGS = List.of("Hi,", "Hello,", "Hello there,", "Dear Fernweh team,",
            "Good morning,", "Hi team,", "Dear Sir or Madam,", "Hey,", "Hi {first},", "", "");

    static final List<String> SIGN_OFFS = List.of("Thanks, {first}", "Best regards,\n{first} {last}",
            "Kind regards, {first} {last}", "Cheers {first}", "{first}", "Thank you!\n{first} {last}\n{email}",
            "Regards,\n{first} {last}\nTel. {phone}", "Sent from my iPhone", "", "Many thanks in advance, {first}");

    static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Chloe", "David", "Emma", "Farid", "Greta",
            "Hannah", "Ivan", "Julia", "Karim", "Laura", "Marco", "Nina", "Oliver", "Paula", "Rafael", "Sofia",
            "Tom", "Uma", "Victor", "Wendy", "Yusuf", "Zoe");
    static final List<String> LAST_NAMES = List.of("Schmidt", "Miller", "Rossi", "Novak", "Dubois", "Jansen",
            "Kowalski", "Berg", "Silva", "Meyer", "Nguyen", "Fischer", "Garcia", "Olsen");
    static final List<String> PRODUCTS = List.of("ceramic teapot", "wool blanket", "hiking backpack", "rain jacket",
            "camping lantern", "linen shirt", "enamel mug set", "trail shoes", "down sleeping bag", "bamboo cutting board",
            "cast iron pan", "merino socks", "thermos flask", "picnic basket", "softshell trousers", "desk lamp",
            "scented candle", "yoga mat", "tent", "beanie");
    static final List<String> COLOURS = List.of("navy", "olive", "black", "red", "sand", "grey", "forest green");
    static final List<String> SIZES = List.of("S", "M", "L", "XL", "38", "40", "42", "44");
    static final List<String> STREETS = List.of("Lindenstrasse 12", "12 Baker Street", "Rue des Fleurs 4",
            "Via Roma 88", "Hauptplatz 3", "Kastanienallee 27", "22 Mill Lane");
    static final List<String> CITIES = List.of("Berlin", "Hamburg", "Vienna", "Lyon", "Milan", "Zurich", "Leeds");
    static final List<String> DATES = List.of("Monday", "last Friday", "the 3rd", "March 14", "the weekend",
            "Tuesday", "12/04");
}
