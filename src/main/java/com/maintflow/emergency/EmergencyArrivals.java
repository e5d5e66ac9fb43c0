package com.maintflow.emergency;

import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.links.LinkAction;
import com.maintflow.links.LinkAnswer;
import com.maintflow.links.LinkedQuestion;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.StaffNotifier;
import com.maintflow.system.Actors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer confirms the engineer's arrival through the signed link of the dispatch mail ({@link
 * LinkAction#ARRIVAL}). The key is the request's ticket, which the request's own process carries too: waiting is
 * checked on this process (definition {@value EmergencyResponses#PROCESS_KEY}) and its message only.
 */
@Service
@Transactional
class EmergencyArrivals implements LinkedQuestion {

    static final String ARRIVED = "EmergencyArrivalConfirmed";

    private final RuntimeService runtime;
    private final EmergencyResponses emergencies;
    private final StaffNotifier staff;
    private final Actors actors;

    EmergencyArrivals(RuntimeService runtime, EmergencyResponses emergencies, StaffNotifier staff, Actors actors) {
        this.runtime = runtime;
        this.emergencies = emergencies;
        this.staff = staff;
        this.actors = actors;
    }

    @Override
    public Set<LinkAction> actions() {
        return Set.of(LinkAction.ARRIVAL);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWaiting(String ticket) {
        return runtime.createExecutionQuery().processDefinitionKey(EmergencyResponses.PROCESS_KEY)
                .processInstanceBusinessKey(ticket).messageEventSubscriptionName(ARRIVED).count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public String titleOf(String ticket) {
        return emergencies.requestTitle(ticket);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Detail> detailsOf(String ticket) {
        List<Detail> details = new ArrayList<>();
        emergencies.running(ticket).filter(e -> e.getEngineer() != null).ifPresent(e -> {
            details.add(new Detail("到场工程师 / Engineer", emergencies.engineerView(e.getEngineer()).displayName()));
            details.add(new Detail("预计到达 / Expected arrival", EmergencyResponses.LOCAL.format(e.getEta())
                    + " (Asia/Shanghai)"));
        });
        return details;
    }

    @Override
    public void answer(String ticket, LinkAction action, LinkAnswer answer) {
        if (!isWaiting(ticket)) {
            throw new NotAwaitingAnswerException(ticket, ARRIVED);
        }
        Emergency emergency = emergencies.running(ticket).orElseThrow(() ->
                new NotAwaitingAnswerException(ticket, ARRIVED));
        String contact = "客户 / customer";
        emergencies.arrived(emergency.getId(), contact, actors.now());
        runtime.createMessageCorrelation(ARRIVED).processInstanceId(emergency.getProcessInstanceId())
                .correlateWithResult();
        if (emergency.getEngineer() != null) {
            staff.notifyUser(ticket, NotificationTemplate.CUSTOMER_ANSWERED, emergency.getEngineer(),
                    Map.of("answer", "客户确认工程师已到场 / The customer confirmed the engineer's arrival"));
        }
    }
}
