package dev.platina.workflow.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.workflow.api.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final UUID invoices = UUID.randomUUID();
    private final UUID leads = UUID.randomUUID();
    private final Run failedInvoice = run(invoices, Run.State.FAILED, NOW.minus(Duration.ofMinutes(10)));
    private final Run oldInvoice = run(invoices, Run.State.COMPLETED, NOW.minus(Duration.ofDays(3)));
    private final Run lead = run(leads, Run.State.RUNNING, NOW.minus(Duration.ofMinutes(1)));
    private final List<Run> all = List.of(lead, failedInvoice, oldInvoice);

    @Test
    void filtersByWorkflowStateAndPeriodTogether() {
        assertThat(RunFilter.everything().apply(all, NOW)).containsExactly(lead, failedInvoice, oldInvoice);
        assertThat(new RunFilter(Optional.of(invoices), Optional.empty(), Optional.empty()).apply(all, NOW))
                .containsExactly(failedInvoice, oldInvoice);
        assertThat(new RunFilter(Optional.empty(), Optional.of(Run.State.FAILED), Optional.empty()).apply(all, NOW))
                .containsExactly(failedInvoice);
        assertThat(new RunFilter(Optional.of(invoices), Optional.empty(), Optional.of(Duration.ofDays(1)))
                .apply(all, NOW)).containsExactly(failedInvoice);
    }

    private static Run run(UUID workflow, Run.State state, Instant started) {
        return new Run(UUID.randomUUID(), workflow, 1, state, Map.of(), started, Optional.empty(), Optional.empty(),
                List.of());
    }
}
