package com.maintflow.complaint;

import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.identity.StaffGroup;
import com.maintflow.links.LinkAction;
import com.maintflow.links.LinkAnswer;
import com.maintflow.links.LinkedQuestion;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.StaffNotifier;
import com.maintflow.system.Actors;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the customer's answer to a complaint reply (满意 / 不满意) from its signed link: checks the process waits for
 * it, records it and correlates {@value #ANSWERED}, which closes the staff task that would have recorded a phone answer.
 */
@Service
@Transactional
class ComplaintAnswers implements LinkedQuestion {

    static final String ANSWERED = "ComplaintAnswered";
    static final String SATISFIED = "satisfied";

    private final RuntimeService runtimeService;
    private final Complaints complaints;
    private final StaffNotifier staff;
    private final Actors actors;

    ComplaintAnswers(RuntimeService runtimeService, Complaints complaints, StaffNotifier staff, Actors actors) {
        this.runtimeService = runtimeService;
        this.complaints = complaints;
        this.staff = staff;
        this.actors = actors;
    }

    @Override
    public Set<LinkAction> actions() {
        return Set.of(LinkAction.COMPLAINT_REPLY);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWaiting(String number) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(number)
                .messageEventSubscriptionName(ANSWERED).count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public String titleOf(String number) {
        return complaints.byNumber(number).getSubject();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Detail> detailsOf(String number) {
        String reply = complaints.byNumber(number).getReplyText();
        return reply == null ? List.of() : List.of(new Detail("我们的答复 / Our reply", reply));
    }

    @Override
    public void answer(String number, LinkAction action, LinkAnswer answer) {
        answer(number, answer.choice() == LinkAction.Choice.SATISFIED, complaints.byNumber(number).getContactName());
    }

    void answer(String number, boolean satisfied, String actor) {
        if (!isWaiting(number)) {
            throw new NotAwaitingAnswerException(number, ANSWERED);
        }
        complaints.answer(number, satisfied ? CustomerAnswer.SATISFIED : CustomerAnswer.UNSATISFIED, actors.now(),
                actor);
        runtimeService.createMessageCorrelation(ANSWERED).processInstanceBusinessKey(number)
                .setVariable(SATISFIED, satisfied).correlateWithResult();
        staff.notifyGroup(number, NotificationTemplate.CUSTOMER_ANSWERED, StaffGroup.CUSTOMER_SERVICE.id(),
                Map.of("answer", satisfied ? "满意 / Satisfied" : "不满意 / Not satisfied"));
    }
}
