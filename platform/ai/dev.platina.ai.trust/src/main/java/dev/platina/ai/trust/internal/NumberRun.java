package dev.platina.ai.trust.internal;

import java.util.List;

/**
 * A number as written: groups of digits joined by single separators, perhaps with a leading {@code +} and groups in
 * parentheses, e.g. {@code +49 (0)30 123-4567} is {@code +}, {@code 49}, {@code (0)}, {@code 30}, {@code 123},
 * {@code 4567}.
 *
 * @param tooLong more groups or digits than any phone or card number; {@code groups} then holds only the first few
 */
record NumberRun(int start, int end, boolean plus, List<Group> groups, boolean tooLong) {

    /**
     * @param separator the character before this group ({@code ' '}, {@code '-'}, {@code '.'}, {@code '/'}), or
     *     {@code 0} for the first group and for a group written directly after a closing parenthesis
     */
    record Group(String digits, char separator, boolean parenthesized) {}

    String digits() {
        StringBuilder all = new StringBuilder();
        groups.forEach(group -> all.append(group.digits()));
        return all.toString();
    }

    boolean hasParentheses() {
        return groups.stream().anyMatch(Group::parenthesized);
    }
}
