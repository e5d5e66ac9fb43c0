package com.maintflow.emergency;

import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AssignSeniorEngineer} completed: {@code seniorEngineer} must be a maintenance engineer other than the
 * one dispatched; the restore task becomes theirs (the first engineer stays a candidate) and they are mailed.
 */
@Component
class AssignSeniorEngineerListener implements TaskListener {

    private final EmergencyResponses emergencies;
    private final StaffLookup engineers;
    private final Actors actors;

    AssignSeniorEngineerListener(EmergencyResponses emergencies, StaffLookup engineers, Actors actors) {
        this.emergencies = emergencies;
        this.engineers = engineers;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String senior = EmergencyVariables.blankToNull(text(task, "seniorEngineer"));
        if (senior == null || !engineers.isEngineer(senior) || senior.equals(text(task, "engineer"))) {
            throw new IllegalArgumentException("高级工程师 / Senior engineer: seniorEngineer must be the user id of a "
                    + "maintenance engineer other than the one dispatched");
        }
        emergencies.assignSenior(EmergencyVariables.emergencyId(task), senior, actors.of(task));
    }
}
