package dev.platina.ai.ui.internal;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import dev.platina.ai.api.AiSettingsService;
import dev.platina.ai.api.AiUsage;
import dev.platina.identity.api.Caller;
import java.util.Locale;

/** This month's AI use: tokens in and out, calls, the budget bar and when the count starts again. */
final class UsagePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private final Locale locale;
    private final Paragraph totals = new Paragraph();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph budgetLine = new Paragraph();
    private final Paragraph renewal = new Paragraph();
    private final Paragraph failure = new Paragraph();

    UsagePanel(Caller caller, Locale locale) {
        this.caller = caller;
        this.locale = locale;
        setPadding(false);
        setSpacing(false);
        setId("ai-usage");
        totals.setId("ai-usage-totals");
        bar.setId("ai-budget-bar");
        bar.getElement().setAttribute("aria-labelledby", "ai-budget-line");
        budgetLine.setId("ai-budget-line");
        renewal.setId("ai-usage-renewal");
        renewal.addClassName("pl-ai-muted");
        failure.setId("ai-usage-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H3("This month's use"), totals, bar, budgetLine, renewal, failure);
        refresh();
    }

    void refresh() {
        AiUsage usage;
        try {
            usage = Services.borrow(AiSettingsService.class, service -> service.usage(caller));
            failure.setText("");
        } catch (RuntimeException e) {
            failure.setText("This month's use cannot be shown now: " + e.getMessage());
            return;
        }
        var summary = new UsageSummary(usage, locale);
        totals.setText("In: " + summary.tokens(usage.inputTokens()) + " · Out: " + summary.tokens(usage
                .outputTokens()) + " · " + summary.calls());
        bar.setVisible(summary.hasBudget());
        bar.setValue(summary.barValue());
        bar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_CONTRAST);
        if (summary.barValue() >= 1) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (summary.barValue() >= 0.8) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
        }
        budgetLine.setText(summary.budgetLine());
        renewal.setText(summary.renewalLine());
    }
}
