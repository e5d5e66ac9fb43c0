package com.maintflow.emergency;

import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DispatchEngineer} completed: {@code engineer} must be a maintenance engineer's user id and {@code eta}
 * a time (yyyy-MM-dd HH:mm, Asia/Shanghai, or ISO-8601 with offset) not before the declaration; sets
 * {@code engineer} for the arrival and restore tasks. Refused with the fields named otherwise.
 */
@Component
class DispatchEngineerListener implements TaskListener {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EmergencyResponses emergencies;
    private final StaffLookup engineers;
    private final Actors actors;

    DispatchEngineerListener(EmergencyResponses emergencies, StaffLookup engineers, Actors actors) {
        this.emergencies = emergencies;
        this.engineers = engineers;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        String engineer = EmergencyVariables.blankToNull(text(task, "engineer"));
        if (engineer == null || !engineers.isEngineer(engineer)) {
            problems.add("engineer must be the user id of a maintenance engineer");
        }
        Instant eta = parse(EmergencyVariables.blankToNull(text(task, "eta")));
        if (eta == null) {
            problems.add("eta must be a time like 2026-12-03 15:30 (Asia/Shanghai)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("派工信息不完整 / Dispatch incomplete: " + String.join("; ", problems));
        }
        String summary = emergencies.dispatch(EmergencyVariables.emergencyId(task), engineer, eta, actors.of(task));
        task.getExecution().setVariable("engineer", engineer);
        task.getExecution().setVariable("requestSummary", summary);
    }

    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, TYPED).atZone(EmergencyResponses.ZONE).toInstant();
        } catch (DateTimeParseException notTyped) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notIso) {
                try {
                    return LocalDateTime.parse(text).atZone(EmergencyResponses.ZONE).toInstant();
                } catch (DateTimeParseException notLocal) {
                    return null;
                }
            }
        }
    }
}
