package com.maintflow.archive;

import com.maintflow.system.Actors;
import com.maintflow.system.Variables;
import com.maintflow.tasklist.FormText;
import com.maintflow.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmArchiving} (归档确认): on create gives the form the checklist of what will be sealed; on
 * complete requires the document manager's tick and notes who confirmed, and their note, on the timeline, which
 * the sealed bundle then carries.
 */
@Component
class ConfirmArchivingListener implements TaskListener {

    static final String CHECKED = "archivingChecked";
    static final String NOTE = "archivingNote";
    /** The form's limit; a client posting more gets the first part on the timeline. */
    private static final int NOTE_CHARS = 1000;

    private final ArchiveChecklist checklist;
    private final Timeline timeline;
    private final Actors actors;

    ConfirmArchivingListener(ArchiveChecklist checklist, Timeline timeline, Actors actors) {
        this.checklist = checklist;
        this.timeline = timeline;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String ticket = task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // Task-local: it lists the records as this task found them.
            task.setVariableLocal(ArchiveChecklist.VARIABLE, checklist.of(ticket));
            return;
        }
        if (!Variables.flag(task, CHECKED)) {
            throw new IllegalArgumentException("请核对归档清单后勾选确认 / Check the records listed and tick '"
                    + CHECKED + "' for " + ticket);
        }
        String note = Variables.text(task, NOTE);
        timeline.append(ticket, "ARCHIVING_CONFIRMED", actors.of(task), "归档确认 / Archiving confirmed"
                + (note == null || note.isBlank() ? "" : ": " + FormText.clip(note.strip(), NOTE_CHARS)));
    }
}
