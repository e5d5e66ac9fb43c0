package com.maintflow.quote;

import static com.maintflow.system.Variables.decimal;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareQuote} completed: stores the quote. */
@Component
class PrepareQuoteListener implements TaskListener {

    private final Quotes quotes;
    private final Actors actors;

    PrepareQuoteListener(Quotes quotes, Actors actors) {
        this.quotes = quotes;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        quotes.prepare(task.getExecution().getProcessBusinessKey(), decimal(task, "quoteAmount"),
                text(task, "quoteNote"), actors.of(task));
    }
}
