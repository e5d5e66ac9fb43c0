package com.maintflow.emergency;

import static com.maintflow.system.Variables.flag;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RestoreService} completed with the backup/restore checklist: backup taken before changes (then where it
 * is), restore tested, data verified (required to call service restored); a missing backup or an untested restore
 * needs {@code restoreNote}. Refused with the fields named otherwise; the RESTORE clock stops (slaStopOnComplete).
 */
@Component
class RestoreServiceListener implements TaskListener {

    static final int MAX_TEXT = 4000;

    private final EmergencyResponses emergencies;
    private final Actors actors;

    RestoreServiceListener(EmergencyResponses emergencies, Actors actors) {
        this.emergencies = emergencies;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean backupTaken = flag(task, "backupTaken");
        String location = EmergencyVariables.blankToNull(text(task, "backupLocation"));
        boolean restoreTested = flag(task, "restoreTested");
        boolean dataVerified = flag(task, "dataVerified");
        String note = EmergencyVariables.blankToNull(text(task, "restoreNote"));
        List<String> problems = new ArrayList<>();
        if (backupTaken && location == null) {
            problems.add("backupLocation is required when backupTaken is ticked");
        }
        if (location != null && location.length() > 500) {
            problems.add("backupLocation must be at most 500 characters");
        }
        if (!dataVerified) {
            problems.add("dataVerified must be ticked: service is restored only with its data verified");
        }
        if ((!backupTaken || !restoreTested) && note == null) {
            problems.add("restoreNote is required without a backup or a tested restore");
        }
        if (note != null && note.length() > MAX_TEXT) {
            problems.add("restoreNote must be at most " + MAX_TEXT + " characters");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("备份恢复检查单不完整 / Backup/restore checklist incomplete: "
                    + String.join("; ", problems));
        }
        emergencies.restored(EmergencyVariables.emergencyId(task), backupTaken, location, restoreTested, dataVerified,
                note, actors.of(task), actors.now());
    }
}
