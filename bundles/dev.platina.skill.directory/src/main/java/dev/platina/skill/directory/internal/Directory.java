package dev.platina.skill.directory.internal;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserService;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The enabled users of the caller's organisation, optionally narrowed by a search text, in name order. Reads
 * through {@link UserService} as the given caller, so the platform's {@code users:read} check applies and an
 * {@link dev.platina.core.api.AccessDeniedException} reaches the caller of this class unchanged.
 */
final class Directory {

    static final int PAGE_SIZE = 100;

    /** Bounds the work per search; a directory this large needs a search index rather than a scan. */
    static final int MAX_USERS_READ = 2_000;

    private final UserService users;

    Directory(UserService users) {
        this.users = users;
    }

    /** @param query matched case-insensitively anywhere in name, user name or e-mail; null or blank for all */
    List<Person> people(Caller caller, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Person> people = new ArrayList<>();
        int read = 0;
        String cursor = null;
        do {
            Page<User> page = users.list(caller, PAGE_SIZE, cursor);
            for (User user : page.items()) {
                if (read == MAX_USERS_READ) {
                    break;
                }
                read++;
                if (user.enabled()) {
                    Person person = Person.of(user);
                    if (matches(person, needle)) {
                        people.add(person);
                    }
                }
            }
            // A page without items but with a cursor would otherwise be asked for again and again.
            cursor = page.items().isEmpty() ? null : page.nextCursor();
        } while (cursor != null && read < MAX_USERS_READ);
        people.sort(nameOrder());
        return List.copyOf(people);
    }

    private static boolean matches(Person person, String needle) {
        return needle.isEmpty() || contains(person.name(), needle) || contains(person.username(), needle)
                || contains(person.email(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Names as people sort them (Émile next to Emma, not after Zoë); the user name breaks ties. */
    private static Comparator<Person> nameOrder() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(Person::name, collator).thenComparing(Person::username);
    }
}
