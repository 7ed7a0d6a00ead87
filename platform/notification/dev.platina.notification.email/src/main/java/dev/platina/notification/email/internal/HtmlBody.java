package dev.platina.notification.email.internal;

import static dev.platina.notification.email.internal.Html.escape;

/**
 * The text/html rendering: one narrow column of nested tables with inline styles, because that is what mail clients
 * display alike. No remote images (they are blocked or track the reader), only the brand's logo carried inside the
 * message ({@link #LOGO_CID}); no scripts; every text from the notification is escaped.
 */
final class HtmlBody {

    /** The Content-ID of the brand's logo, a part of the message itself. */
    static final String LOGO_CID = "brand-logo@platina";
    private static final String FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

    private HtmlBody() {
    }

    static String render(EmailView view) {
        String accent = view.brand().accentColor();
        var html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(view.title())).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:0;background:#f4f4f5;color:#18181b;font-family:")
                .append(FONT).append("\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"")
                .append(" style=\"background:#f4f4f5\"><tr><td align=\"center\" style=\"padding:24px 12px\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"")
                .append(" style=\"max-width:560px;background:#ffffff;border-radius:8px\">\n");
        html.append("<tr><td style=\"background:").append(accent)
                .append(";color:#ffffff;padding:16px 24px;font-size:16px;font-weight:600;border-radius:8px 8px 0 0\">");
        if (view.brand().logo().isPresent()) {
            html.append("<img src=\"cid:").append(LOGO_CID).append("\" width=\"32\" height=\"32\" alt=\"")
                    .append(escape(view.brand().productName()))
                    .append("\" style=\"vertical-align:middle;border:0;border-radius:6px;margin-right:12px\">");
        }
        html.append(escape(view.organization())).append("</td></tr>\n");
        html.append("<tr><td style=\"padding:24px;font-size:15px;line-height:1.5\">\n");
        view.greetingName().ifPresent(name -> html.append("<p style=\"margin:0 0 16px\">Hello ")
                .append(escape(name)).append(",</p>\n"));
        html.append("<h1 style=\"margin:0 0 16px;font-size:20px;line-height:1.3\">").append(escape(view.title()))
                .append("</h1>\n");
        appendParagraphs(html, view.body());
        view.link().ifPresent(link -> html.append("<p style=\"margin:24px 0\"><a href=\"").append(escape(link))
                .append("\" style=\"display:inline-block;background:").append(accent)
                .append(";color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:6px;font-weight:600\">")
                .append("Open in ").append(escape(view.brand().productName())).append("</a></p>\n"));
        appendActions(html, view, accent);
        html.append("</td></tr>\n");
        html.append("<tr><td style=\"padding:16px 24px;border-top:1px solid #e4e4e7;font-size:12px;color:#71717a\">")
                .append("Sent by ").append(escape(view.brand().productName())).append(" for ")
                .append(escape(view.organization()))
                .append(". Choose which notifications reach you by e-mail in ")
                .append(escape(view.brand().productName())).append(": <a href=\"").append(escape(view.home()))
                .append("\" style=\"color:#71717a\">").append(escape(view.home())).append("</a>");
        if (!view.brand().footer().isBlank()) {
            html.append("<br>").append(escape(view.brand().footer()));
        }
        html.append("</td></tr>\n");
        html.append("</table>\n</td></tr></table>\n</body></html>\n");
        return html.toString();
    }

    /** Blank lines separate paragraphs; single line breaks stay line breaks. */
    private static void appendParagraphs(StringBuilder html, String body) {
        for (String paragraph : body.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p style=\"margin:0 0 16px\">")
                        .append(escape(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
            }
        }
    }

    private static void appendActions(StringBuilder html, EmailView view, String accent) {
        if (view.actions().isEmpty()) {
            return;
        }
        html.append("<p style=\"margin:0 0 8px\">");
        for (EmailView.ActionLink action : view.actions()) {
            html.append("<a href=\"").append(escape(action.url())).append("\" style=\"display:inline-block;color:")
                    .append(accent).append(";border:1px solid ").append(accent)
                    .append(";text-decoration:none;padding:8px 16px;border-radius:6px;margin:0 8px 8px 0\">")
                    .append(escape(action.label())).append("</a>");
        }
        html.append("</p>\n");
    }
}
