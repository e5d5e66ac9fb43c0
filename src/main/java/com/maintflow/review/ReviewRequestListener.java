package com.maintflow.review;

import static com.maintflow.system.Variables.flag;
import static com.maintflow.system.Variables.requiredText;
import static com.maintflow.system.Variables.text;

import com.maintflow.intake.Classification;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.system.Actors;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewRequest} completed: stores the feedback sheet, classifies the request, and makes
 * the two checkboxes explicit booleans for the charging decision.
 */
@Component
class ReviewRequestListener implements TaskListener {

    private static final Set<String> OUTCOMES = Set.of("IMMEDIATE", "DEEP", "NO_MAINTENANCE");

    /** What the reviewer decided. */
    record Review(Classification classification, boolean withinSpecScope, boolean customerCaused, String note) {
    }

    private final FeedbackSheetRepository sheets;
    private final MaintenanceRequests requests;
    private final Actors actors;

    ReviewRequestListener(FeedbackSheetRepository sheets, MaintenanceRequests requests, Actors actors) {
        this.sheets = sheets;
        this.requests = requests;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        var review = new Review(new Classification(requiredText(task, "maintenanceType"),
                requiredText(task, "serviceKind"), requiredText(task, "severity"), requiredText(task, "reviewOutcome")),
                flag(task, "withinSpecScope"), flag(task, "customerCaused"), text(task, "reviewNote"));
        if (!OUTCOMES.contains(review.classification().reviewOutcome())) {
            throw new IllegalArgumentException("reviewOutcome must be one of " + OUTCOMES);
        }
        String ticket = task.getExecution().getProcessBusinessKey();
        String reviewer = actors.of(task);
        sheets.save(new FeedbackSheet(ticket, review, reviewer, actors.now()));
        requests.classify(ticket, review.classification(), reviewer);
        task.getExecution().setVariable("withinSpecScope", review.withinSpecScope());
        task.getExecution().setVariable("customerCaused", review.customerCaused());
    }
}
