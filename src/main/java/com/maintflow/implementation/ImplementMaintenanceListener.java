package com.maintflow.implementation;

import static com.maintflow.system.Variables.decimal;
import static com.maintflow.system.Variables.flag;
import static com.maintflow.system.Variables.requiredText;

import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ImplementMaintenance} completed: stores this round's maintenance record. */
@Component
class ImplementMaintenanceListener implements TaskListener {

    private final MaintenanceRecordRepository records;
    private final MaintenanceRequests requests;
    private final Actors actors;

    ImplementMaintenanceListener(MaintenanceRecordRepository records, MaintenanceRequests requests, Actors actors) {
        this.records = records;
        this.requests = requests;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String ticket = task.getExecution().getProcessBusinessKey();
        String engineer = actors.of(task);
        int round = (int) records.countByTicket(ticket) + 1;
        var hours = decimal(task, "hoursSpent");
        records.save(new MaintenanceRecord(ticket, round, requiredText(task, "rootCause"),
                requiredText(task, "solution"), hours, engineer, actors.now(), flag(task, "keepOutOfKnowledgeBase")));
        requests.advance(ticket, RequestStatus.IMPLEMENTED, engineer,
                "维护实施第 " + round + " 轮 / Implementation round " + round + ", " + hours.toPlainString() + " h");
    }
}
