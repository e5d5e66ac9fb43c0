package com.maintflow.emergency;

import static com.maintflow.system.Variables.flag;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmArrival} completed by the engineer on site: {@code arrived} must be ticked; records the arrival
 * (the ONSITE clock stops, slaStopOnComplete).
 */
@Component
class ConfirmArrivalListener implements TaskListener {

    private final EmergencyResponses emergencies;
    private final Actors actors;

    ConfirmArrivalListener(EmergencyResponses emergencies, Actors actors) {
        this.emergencies = emergencies;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!flag(task, "arrived")) {
            throw new IllegalArgumentException("到场确认 / Arrival: arrived must be ticked when you are on site");
        }
        emergencies.arrived(EmergencyVariables.emergencyId(task), actors.of(task), actors.now());
    }
}
