package com.maintflow.returnvisit;

import com.maintflow.customer.ContractScheduleChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A contract signed or amended with another return-visit cycle or activity re-plans its next visit, in its transaction. */
@Component
class ReturnVisitSchedule {

    private final ReturnVisits visits;

    ReturnVisitSchedule(ReturnVisits visits) {
        this.visits = visits;
    }

    @EventListener
    void on(ContractScheduleChanged changed) {
        visits.replan(changed.contractNumber());
    }
}
