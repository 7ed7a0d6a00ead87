package dev.platina.skill.iban.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an IBAN the way a bank does before accepting it: a registry country, that country's exact length,
 * letters and digits only, and ISO 7064 MOD 97-10 check digits. Each problem is a sentence a person can act on.
 */
final class IbanCheck {

    /** The outcome; the parts are cut from the cleaned-up text even when it is not a valid IBAN. */
    record Result(boolean valid, String iban, String formatted, String country, String checkDigits, String bban,
            List<String> problems) {
    }

    private IbanCheck() {
    }

    static Result check(String input) {
        String iban = electronicForm(input);
        String country = part(iban, 0, 2);
        String checkDigits = part(iban, 2, 4);
        List<String> problems = new ArrayList<>();
        foreignCharacters(iban, problems);
        countryAndLength(iban, country, problems);
        checkDigitsShape(checkDigits, problems);
        // A checksum over text already known to be wrong would only add a confusing second complaint.
        if (problems.isEmpty() && remainder(iban) != 1) {
            problems.add("The check digits do not match the rest of the IBAN: a character is probably mistyped or"
                    + " two are swapped.");
        }
        return new Result(problems.isEmpty(), iban, printForm(iban), country, checkDigits, part(iban, 4,
                iban.length()), List.copyOf(problems));
    }

    /**
     * The IBAN as machines store it: without the spaces and hyphens people type, letters in upper case. Only
     * a-z are raised, because upper-casing other letters can turn them into A-Z (German ß becomes SS) and hide
     * a typing mistake.
     */
    static String electronicForm(String input) {
        StringBuilder iban = new StringBuilder(input.length());
        for (char c : input.toCharArray()) {
            if (c == '-' || c == '\u00A0' || Character.isWhitespace(c)) {
                continue;
            }
            iban.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return iban.toString();
    }

    /** The IBAN as printed on paper: groups of four separated by a space. */
    static String printForm(String iban) {
        StringBuilder printed = new StringBuilder(iban.length() + iban.length() / 4);
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                printed.append(' ');
            }
            printed.append(iban.charAt(i));
        }
        return printed.toString();
    }

    /**
     * ISO 7064 MOD 97-10 over the IBAN with its first four characters moved to the end and letters read as
     * 10..35. A valid IBAN leaves 1. The number has up to 70 digits, so the remainder is carried digit by digit
     * instead of building a BigInteger per request. Expects only A-Z and 0-9.
     */
    static int remainder(String iban) {
        int remainder = 0;
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt((i + 4) % iban.length());
            remainder = c <= '9'
                    ? (remainder * 10 + (c - '0')) % 97
                    : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }

    private static void foreignCharacters(String iban, List<String> problems) {
        Set<String> foreign = new LinkedHashSet<>();
        iban.chars().filter(c -> !isAlphanumeric((char) c)).forEach(c -> foreign.add("'" + (char) c + "'"));
        if (!foreign.isEmpty()) {
            problems.add("An IBAN has only the letters A-Z and the digits 0-9; this one also has "
                    + foreign.stream().collect(Collectors.joining(", ")) + ".");
        }
    }

    private static void countryAndLength(String iban, String country, List<String> problems) {
        if (country.length() < 2 || !isLetter(country.charAt(0)) || !isLetter(country.charAt(1))) {
            problems.add("An IBAN starts with a two-letter country code such as DE or FR; this one starts with '"
                    + country + "'.");
            return;
        }
        OptionalInt length = IbanCountries.length(country);
        if (length.isEmpty()) {
            problems.add(country + " is not a country that issues IBANs; check the first two letters.");
        } else if (length.getAsInt() != iban.length()) {
            problems.add(country + " IBANs have " + length.getAsInt() + " characters, this one has " + iban.length()
                    + ".");
        }
    }

    private static void checkDigitsShape(String checkDigits, List<String> problems) {
        if (checkDigits.length() != 2 || !isDigit(checkDigits.charAt(0)) || !isDigit(checkDigits.charAt(1))) {
            problems.add("Characters 3 and 4 of an IBAN are its check digits and must be digits; this one has '"
                    + checkDigits + "'.");
        } else if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            // MOD 97-10 computes check digits from 02 to 98; these three pass the sum by accident only.
            problems.add("The check digits of an IBAN run from 02 to 98; this one has " + checkDigits + ".");
        }
    }

    private static boolean isAlphanumeric(char c) {
        return isDigit(c) || isLetter(c);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String part(String iban, int from, int to) {
        return from >= iban.length() ? "" : iban.substring(from, Math.min(to, iban.length()));
    }
}
