package com.maintflow.inspection;

import static com.maintflow.system.Variables.flag;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PerformInspection} completed: checks and stores the checklist (each item OK or ISSUE, an issue with a
 * note) and the findings (rows finding1..finding5, each with its "raise a request" box), and sets
 * {@code findingsForAction} for the gateway. A checklist that does not hold refuses the completion with the fields
 * named, so nothing is half-saved.
 */
@Component
class PerformInspectionListener implements TaskListener {

    static final int FINDING_ROWS = 5;

    private final Inspections inspections;
    private final Actors actors;

    PerformInspectionListener(Inspections inspections, Actors actors) {
        this.inspections = inspections;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        List<Inspection.Check> checks = new ArrayList<>();
        for (String item : Inspections.ITEMS) {
            String result = text(task, item);
            String note = blankToNull(text(task, item + "Note"));
            if (!"OK".equals(result) && !"ISSUE".equals(result)) {
                problems.add(item + " must be OK or ISSUE");
            } else if ("ISSUE".equals(result) && note == null) {
                problems.add(item + "Note is required when " + item + " has an issue");
            }
            if (note != null && note.length() > 500) {
                problems.add(item + "Note must be at most 500 characters");
            }
            checks.add(new Inspection.Check(item, result, note));
        }
        List<Inspection.Finding> findings = new ArrayList<>();
        for (int row = 1; row <= FINDING_ROWS; row++) {
            String finding = blankToNull(text(task, "finding" + row));
            boolean raise = flag(task, "finding" + row + "Request");
            if (finding == null) {
                if (raise) {
                    problems.add("finding" + row + " is required when finding" + row + "Request is ticked");
                }
                continue;
            }
            if (finding.length() > 200 || finding.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
                problems.add("finding" + row + " must be one line of at most 200 characters");
            }
            findings.add(new Inspection.Finding(finding, raise));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("巡检检查单不完整 / Inspection checklist incomplete: "
                    + String.join("; ", problems));
        }
        inspections.record(task.getExecution().getProcessBusinessKey(), checks, findings, actors.of(task),
                actors.now());
        task.getExecution().setVariable("findingsForAction",
                findings.stream().filter(Inspection.Finding::isRaiseRequest).count());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
