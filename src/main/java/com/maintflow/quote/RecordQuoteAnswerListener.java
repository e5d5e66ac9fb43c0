package com.maintflow.quote;

import static com.maintflow.system.Variables.decision;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordQuoteAnswer} completed: the customer's answer, given by phone or in writing. */
@Component
class RecordQuoteAnswerListener implements TaskListener {

    private final Quotes quotes;
    private final Actors actors;

    RecordQuoteAnswerListener(Quotes quotes, Actors actors) {
        this.quotes = quotes;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean approved = decision(task, "quoteApproved");
        task.getExecution().setVariable("quoteApproved", approved);
        quotes.answer(task.getExecution().getProcessBusinessKey(), approved, actors.of(task));
    }
}
