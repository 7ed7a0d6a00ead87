package dev.platina.ai.offline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Inbound customer e-mails of a small online shop, made up from {@link ShopPhrases} with a fixed seed: a greeting,
 * perhaps a remark that says nothing, the request (one of ~10 ways to ask for each action, with products, sizes,
 * colours, addresses and dates filled in), sometimes a second request on the side (the first one decides), an order
 * number, a sign-off with the sender's name, perhaps their e-mail address or phone; typos in about a third, some
 * written all in lower case. Same seed, same mails.
 */
final class ShopMail {

    /** One e-mail: its text, the action the shop's rules want for it, and what an extractor would hand over. */
    record Mail(String text, String action, Map<String, String> fields) {
    }

    private final Random random;
    private final IntPredicate asks;
    private final List<String> weightedActions = new ArrayList<>();

    ShopMail(long seed) {
        this(seed, i -> true);
    }

    /** Only the ways of asking whose index (in each action's list) {@code asks} accepts. */
    ShopMail(long seed, IntPredicate asks) {
        this.random = new Random(seed);
        this.asks = asks;
        // In the order of ShopPhrases.ACTIONS, so that the draw does not depend on a map's iteration order.
        ShopPhrases.ACTIONS.forEach(a -> {
            for (int i = 0; i < ShopPhrases.FREQUENCY.get(a.action()); i++) {
                weightedActions.add(a.action());
            }
        });
    }

    List<Mail> next(int count) {
        List<Mail> mails = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mails.add(next());
        }
        return mails;
    }

    Mail next() {
        String action = pick(weightedActions);
        String first = pick(ShopPhrases.FIRST_NAMES);
        String last = pick(ShopPhrases.LAST_NAMES);
        String order = "FG-" + (10000 + random.nextInt(90000));
        Map<String, String> slots = slots(first, last, order);

        List<String> ways = ShopPhrases.ASKS.get(action);
        String ask = fill(pick(IntStream.range(0, ways.size()).filter(asks).mapToObj(ways::get).toList()), slots);
        StringBuilder body = new StringBuilder();
        if (random.nextDouble() < 0.35) {
            body.append(pick(ShopPhrases.CONTEXT)).append(' ');
        }
        body.append(sentence(ask));
        if (random.nextDouble() < 0.1) {
            body.append(' ').append(fill(pick(ShopPhrases.ASIDES), slots));
        }
        if (random.nextDouble() < 0.2) {
            body.append(' ').append(pick(ShopPhrases.CONTEXT));
        }
        boolean hasOrder = ask.contains(order);
        if (!hasOrder && !action.equals("handle_manually") && random.nextDouble() < 0.5) {
            body.append(random.nextBoolean() ? " Order " + order + "." : " (order #" + order + ")");
            hasOrder = true;
        }
        String text = body.toString().strip();
        if (random.nextDouble() < 0.33) {
            text = Typos.add(text, 1 + random.nextInt(3), random);
        }
        if (random.nextDouble() < 0.1) {
            text = text.toLowerCase(java.util.Locale.ROOT);
        }
        String greeting = fill(pick(ShopPhrases.GREETINGS), slots);
        String signOff = fill(pick(ShopPhrases.SIGN_OFFS), slots);
        String mail = (greeting.isEmpty() ? "" : greeting + "\n\n") + text + (signOff.isEmpty() ? "" : "\n\n" + signOff);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", first); // from the sender's address line, which the connector knows
        if (hasOrder) {
            fields.put("order", order);
        }
        return new Mail(mail, action, fields);
    }

    private Map<String, String> slots(String first, String last, String order) {
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("first", first);
        slots.put("last", last);
        slots.put("order", order);
        slots.put("email", first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT)
                + "@example.org");
        slots.put("phone", "+49 151 " + (1000000 + random.nextInt(9000000)));
        slots.put("product", pick(ShopPhrases.PRODUCTS));
        String colour = pick(ShopPhrases.COLOURS);
        slots.put("colour", colour);
        slots.put("colour2", pick(ShopPhrases.COLOURS.stream().filter(c -> !c.equals(colour)).toList()));
        slots.put("size", pick(ShopPhrases.SIZES));
        slots.put("street", pick(ShopPhrases.STREETS));
        slots.put("city", pick(ShopPhrases.CITIES));
        slots.put("date", pick(ShopPhrases.DATES));
        slots.put("days", Integer.toString(3 + random.nextInt(18)));
        return slots;
    }

    private static String fill(String template, Map<String, String> slots) {
        String out = template;
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            out = out.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return out;
    }

    private static String sentence(String ask) {
        String s = Character.toUpperCase(ask.charAt(0)) + ask.substring(1);
        char end = s.charAt(s.length() - 1);
        return end == '?' || end == '!' || end == '.' ? s : s + ".";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
