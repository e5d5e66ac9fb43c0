package com.maintflow.survey;

import static com.maintflow.system.Variables.requiredText;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendSurveyReminder}: the one reminder, with a fresh signed link, to the same contact. */
@Component
class SendSurveyReminderDelegate implements JavaDelegate {

    private final Surveys surveys;

    SendSurveyReminderDelegate(Surveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        surveys.remind(requiredText(execution, "ticket"));
    }
}
