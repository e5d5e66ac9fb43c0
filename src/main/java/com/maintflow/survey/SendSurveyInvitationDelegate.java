package com.maintflow.survey;

import static com.maintflow.system.Variables.requiredText;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendSurveyInvitation}: records the survey (contract, engineer, contact) and mails the contact the
 * invitation with a signed single-use link. Writes remindAt and expireAt for the timers that follow.
 */
@Component
class SendSurveyInvitationDelegate implements JavaDelegate {

    private final Surveys surveys;

    SendSurveyInvitationDelegate(Surveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var survey = surveys.invite(requiredText(execution, "ticket"));
        execution.setVariables(surveys.timersAfterInvitation(survey));
    }
}
