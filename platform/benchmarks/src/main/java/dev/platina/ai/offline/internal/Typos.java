package dev.platina.ai.offline.internal;

import java.util.Random;

/** The slips of a hurried typist: two letters swapped, one dropped or one doubled, in words of four letters or more. */
final class Typos {

    private Typos() {
    }

    static String add(String text, int count, Random random) {
        String out = text;
        for (int i = 0; i < count; i++) {
            out = one(out, random);
        }
        return out;
    }

    private static String one(String text, Random random) {
        String[] words = text.split(" ");
        for (int attempt = 0; attempt < 10; attempt++) {
            int w = random.nextInt(words.length);
            String word = words[w];
            if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            int at = 1 + random.nextInt(word.length() - 2);
            words[w] = switch (random.nextInt(3)) {
                case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                case 1 -> word.substring(0, at) + word.substring(at + 1);
                default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            };
            return String.join(" ", words);
        }
        return text;
    }
}
