package com.maintflow.answer;

import com.maintflow.acceptance.Acceptances;
import com.maintflow.identity.StaffGroup;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.StaffNotifier;
import com.maintflow.plan.MaintenancePlans;
import com.maintflow.quote.Quotes;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a customer's answer for a ticket: checks the process waits for it, stores the record, and
 * correlates the message; all in one transaction, so a wrong-state answer stores nothing.
 */
@Service
@Transactional
public class CustomerAnswers {

    public static final String QUOTE_ANSWERED = "QuoteAnswered";
    public static final String PLAN_ANSWERED = "PlanAnswered";
    public static final String ACCEPTANCE_ANSWERED = "AcceptanceAnswered";
    public static final String OPINION_GIVEN = "OpinionGiven";

    private final RuntimeService runtimeService;
    private final Quotes quotes;
    private final MaintenancePlans plans;
    private final Acceptances acceptances;
    private final StaffNotifier staff;

    CustomerAnswers(RuntimeService runtimeService, Quotes quotes, MaintenancePlans plans, Acceptances acceptances,
                    StaffNotifier staff) {
        this.runtimeService = runtimeService;
        this.quotes = quotes;
        this.plans = plans;
        this.acceptances = acceptances;
        this.staff = staff;
    }

    public void answerQuote(String ticket, boolean approved, String actor) {
        requireWaiting(ticket, QUOTE_ANSWERED);
        quotes.answer(ticket, approved, actor);
        correlate(ticket, QUOTE_ANSWERED, Map.of("quoteApproved", approved));
    }

    public void answerPlan(String ticket, boolean confirmed, String actor) {
        requireWaiting(ticket, PLAN_ANSWERED);
        plans.answer(ticket, confirmed, actor);
        correlate(ticket, PLAN_ANSWERED, Map.of("planConfirmed", confirmed));
    }

    public void answerAcceptance(String ticket, boolean accepted, String note, String actor) {
        requireWaiting(ticket, ACCEPTANCE_ANSWERED);
        int round = acceptances.answer(ticket, accepted, note, actor);
        correlate(ticket, ACCEPTANCE_ANSWERED, Map.of("accepted", accepted, "acceptanceRounds", round));
    }

    public void giveOpinion(String ticket, int satisfaction, String opinion, String actor) {
        requireWaiting(ticket, OPINION_GIVEN);
        acceptances.recordOpinion(ticket, satisfaction, opinion, actor);
        // Long, as the Tasklist form submits it, so the variable has one type whichever way the answer came.
        correlate(ticket, OPINION_GIVEN, Map.of("satisfaction", (long) satisfaction));
    }

    /** True when the ticket's process currently waits for {@code messageName}. */
    public boolean isWaiting(String ticket, String messageName) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(ticket)
                .messageEventSubscriptionName(messageName).count() > 0;
    }

    private void requireWaiting(String ticket, String messageName) {
        if (!isWaiting(ticket, messageName)) {
            throw new NotAwaitingAnswerException(ticket, messageName);
        }
    }

    private void correlate(String ticket, String messageName, Map<String, Object> variables) {
        runtimeService.createMessageCorrelation(messageName).processInstanceBusinessKey(ticket)
                .setVariables(variables).correlateWithResult();
        // Customer service follows up on every answer, whichever way it came in.
        staff.notifyGroup(ticket, NotificationTemplate.CUSTOMER_ANSWERED, StaffGroup.CUSTOMER_SERVICE.id(),
                Map.of("answer", messageName + " " + variables));
    }
}
