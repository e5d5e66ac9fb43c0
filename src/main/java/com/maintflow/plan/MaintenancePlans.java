package com.maintflow.plan;

import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.system.Actors;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prepares plan versions and records the customer's confirmation, whichever way it arrives. */
@Service
@Transactional
public class MaintenancePlans {

    private final MaintenancePlanRepository plans;
    private final MaintenanceRequests requests;
    private final Actors actors;

    MaintenancePlans(MaintenancePlanRepository plans, MaintenanceRequests requests, Actors actors) {
        this.plans = plans;
        this.requests = requests;
        this.actors = actors;
    }

    void prepare(String ticket, String summary, LocalDate dueDate, String actor) {
        int version = (int) plans.countByTicket(ticket) + 1;
        plans.save(new MaintenancePlan(ticket, version, summary, dueDate, actor, actors.now()));
        requests.advance(ticket, RequestStatus.PLANNED, actor, "维护方案 / Plan v" + version + ", due " + dueDate);
    }

    public void answer(String ticket, boolean confirmed, String actor) {
        var plan = plans.findFirstByTicketOrderByVersionDesc(ticket)
                .orElseThrow(() -> new IllegalStateException("No plan to answer for " + ticket));
        plan.answer(confirmed, actor, actors.now());
        requests.advance(ticket, confirmed ? RequestStatus.PLAN_CONFIRMED : RequestStatus.PLAN_DECLINED, actor,
                confirmed ? "客户确认方案 / Plan confirmed" : "客户要求修订方案 / Plan to be revised");
    }

    @Transactional(readOnly = true)
    public List<MaintenancePlan> of(String ticket) {
        return plans.findByTicketOrderByVersionAsc(ticket);
    }
}
