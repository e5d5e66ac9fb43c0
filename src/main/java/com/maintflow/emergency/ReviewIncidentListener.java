package com.maintflow.emergency;

import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewIncident} completed: the post-incident review needs its timeline, root cause and preventive
 * actions (each at most 4000 characters). Refused with the fields named otherwise.
 */
@Component
class ReviewIncidentListener implements TaskListener {

    static final List<String> FIELDS = List.of("reviewTimeline", "rootCause", "preventiveActions");

    private final EmergencyResponses emergencies;
    private final Actors actors;

    ReviewIncidentListener(EmergencyResponses emergencies, Actors actors) {
        this.emergencies = emergencies;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String field : FIELDS) {
            String value = EmergencyVariables.blankToNull(text(task, field));
            if (value == null) {
                problems.add(field + " is required");
            } else if (value.length() > RestoreServiceListener.MAX_TEXT) {
                problems.add(field + " must be at most " + RestoreServiceListener.MAX_TEXT + " characters");
            }
            values.add(value);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("事后复盘不完整 / Post-incident review incomplete: "
                    + String.join("; ", problems));
        }
        emergencies.reviewed(EmergencyVariables.emergencyId(task), values.get(0), values.get(1), values.get(2),
                actors.of(task), actors.now());
    }
}
