package dev.platina.notification.email.internal;

import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationAction;
import dev.platina.notification.api.Recipient;
import java.util.List;
import java.util.Optional;

/** Turns a notification into what the e-mail to one recipient says, in the brand of their organisation. */
final class EmailComposer {

    private final AppLinks links;
    private final Brands brands;

    EmailComposer(AppLinks links, Brands brands) {
        this.links = links;
        this.brands = brands;
    }

    EmailContent compose(Recipient recipient, Notification notification) {
        EmailView view = view(recipient, notification);
        return new EmailContent(singleLine(notification.title()), PlainTextBody.render(view), HtmlBody.render(view),
                view.brand().logo());
    }

    EmailView view(Recipient recipient, Notification notification) {
        Brand brand = brands.brandFor(recipient);
        String organization = present(recipient.organizationName()).orElse(brand.productName());
        Optional<String> link = notification.link().flatMap(links::absolute);
        // One-tap actions (POST with a token) are for push; in an e-mail each action opens the item in the app.
        String actionTarget = link.orElse(links.home());
        List<EmailView.ActionLink> actions = notification.actions().stream()
                .map(NotificationAction::label)
                .map(label -> new EmailView.ActionLink(singleLine(label), actionTarget))
                .toList();
        return new EmailView(singleLine(organization), present(recipient.displayName()).map(EmailComposer::singleLine),
                singleLine(notification.title()), notification.body(), link, actions, brand, links.home());
    }

    /** Line breaks and other control characters would end a header early or break the layout. */
    static String singleLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
}
