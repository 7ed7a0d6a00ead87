package dev.platina.workflow.ui.internal.builder;

import dev.platina.workflow.api.RunTask;

/** How a task's state reads on the diagram, and the badge colour for it. */
final class RunStates {

    private RunStates() {
    }

    static String label(RunTask.State state, String nodeType) {
        if (state == RunTask.State.PARKED && nodeType.equals("approval")) {
            return "Waiting for a decision";
        }
        if (state == RunTask.State.READY && nodeType.equals("wait")) {
            return "Waiting";
        }
        return switch (state) {
            case READY -> "Waiting to run";
            case RUNNING -> "Running";
            case WAITING -> "Waiting for branches";
            case PARKED -> "Waiting for its step type to be installed";
            case DONE -> "Done";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }

    static String theme(RunTask.State state) {
        return switch (state) {
            case DONE -> "success";
            case FAILED -> "error";
            case CANCELLED -> "contrast";
            default -> "";
        };
    }
}
