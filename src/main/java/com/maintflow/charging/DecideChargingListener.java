package com.maintflow.charging;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.intake.MaintenanceRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of {@code Task_DecideCharging}: records the DMN's FREE/PAID on the request and its timeline. */
@Component
class DecideChargingListener implements ExecutionListener {

    private final MaintenanceRequests requests;

    DecideChargingListener(MaintenanceRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        requests.decideCharging(execution.getProcessBusinessKey(), requiredText(execution, "charging"));
    }
}
