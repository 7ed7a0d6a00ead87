package dev.platina.notification.email.internal;

/** The text/plain rendering, for mail clients that show no HTML and for screen readers that prefer text. */
final class PlainTextBody {

    private PlainTextBody() {
    }

    static String render(EmailView view) {
        var text = new StringBuilder();
        text.append(view.organization()).append("\n\n");
        view.greetingName().ifPresent(name -> text.append("Hello ").append(name).append(",\n\n"));
        text.append(view.title()).append("\n\n");
        if (!view.body().isBlank()) {
            text.append(view.body().strip()).append("\n\n");
        }
        view.link().ifPresent(link -> text.append("Open in ").append(view.brand().productName()).append(": ")
                .append(link).append("\n\n"));
        for (EmailView.ActionLink action : view.actions()) {
            text.append(action.label()).append(": ").append(action.url()).append('\n');
        }
        if (!view.actions().isEmpty()) {
            text.append('\n');
        }
        // "-- " on its own line is the signature separator that mail clients recognise and fold away.
        text.append("-- \n").append(PlainTextBody.footer(view)).append('\n');
        if (!view.brand().footer().isBlank()) {
            text.append(view.brand().footer()).append('\n');
        }
        return text.toString().replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static String footer(EmailView view) {
        return "Sent by " + view.brand().productName() + " for " + view.organization()
                + ". Choose which notifications reach you by e-mail in " + view.brand().productName() + ": "
                + view.home();
    }
}
