package dev.platina.skill.email.internal;

import java.util.Optional;

/**
 * Where reading a folder stopped: {@code <UIDVALIDITY>:<last UID seen>}. UIDs only grow within one UIDVALIDITY; when
 * the server changes it (the folder was recreated or renumbered) the old UIDs mean nothing any more.
 */
record UidCursor(long validity, long lastUid) {

    static Optional<UidCursor> parse(String text) {
        if (text == null || !text.matches("[0-9]{1,19}:[0-9]{1,19}")) {
            return Optional.empty();
        }
        String[] parts = text.split(":");
        try {
            return Optional.of(new UidCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return validity + ":" + lastUid;
    }
}
