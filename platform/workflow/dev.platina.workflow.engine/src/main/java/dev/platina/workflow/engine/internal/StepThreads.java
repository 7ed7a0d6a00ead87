package dev.platina.workflow.engine.internal;

import dev.platina.workflow.api.StepOutcome;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs step attempts on their own threads, so a step that overruns its timeout is abandoned (and interrupted)
 * while the worker records the timeout; whatever the step throws becomes a retryable failure in plain words.
 */
final class StepThreads {

    private final ExecutorService threads;

    StepThreads(ExecutorService threads) {
        this.threads = threads;
    }

    StepOutcome attempt(StepRegistry.Usable usable, Execution execution, Node.Step step) {
        Future<StepOutcome> attempt = threads.submit(() -> usable.registered().step().execute(execution));
        try {
            StepOutcome outcome = attempt.get(step.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return outcome == null ? StepOutcome.failed("The step returned no outcome.", true) : outcome;
        } catch (TimeoutException e) {
            attempt.cancel(true);
            return StepOutcome.failed("The step did not finish within " + step.timeout() + ".", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return StepOutcome.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), true);
        } catch (InterruptedException e) {
            attempt.cancel(true);
            Thread.currentThread().interrupt();
            return StepOutcome.failed("The engine stopped during the step.", true);
        }
    }
}
