package dev.platina.workflow.ui.internal.builder;

import dev.platina.workflow.api.StepDescriptor;

/** What the palette offers to insert: a step of some type, or one of the engine's control nodes. */
record NewNode(String type, String stepType, String title, String description, String category) {

    static final NewNode CONDITION = new NewNode("condition", null, "Condition",
            "Takes the first branch whose condition holds, otherwise the last path", "Flow");
    static final NewNode PARALLEL = new NewNode("parallel", null, "Parallel branches",
            "Runs branches side by side; they meet again at a join", "Flow");
    static final NewNode APPROVAL = new NewNode("approval", null, "Approval",
            "Asks people to approve or reject a proposal before the run goes on", "Flow");
    static final NewNode WAIT = new NewNode("wait", null, "Wait",
            "Waits a while, until a time, or for an event", "Flow");

    static NewNode step(StepDescriptor descriptor) {
        return new NewNode("step", descriptor.type(), descriptor.title() == null || descriptor.title().isBlank()
                ? descriptor.type() : descriptor.title(), descriptor.description() == null ? ""
                        : descriptor.description(), descriptor.category() == null || descriptor.category().isBlank()
                                ? "Steps" : descriptor.category());
    }

    String baseId() {
        return stepType == null ? type : stepType;
    }

    /** A stable name for the page. */
    String key() {
        return stepType == null ? type : "step-" + stepType.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
