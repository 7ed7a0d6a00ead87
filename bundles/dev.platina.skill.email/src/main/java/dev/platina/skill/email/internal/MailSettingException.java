package dev.platina.skill.email.internal;

/** A connection field that cannot be used as entered; the message says why in plain words. */
final class MailSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    MailSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
