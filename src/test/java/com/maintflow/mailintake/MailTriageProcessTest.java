package com.maintflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code processes/mail-triage.bpmn}: a mail from an unknown sender waits for customer service, then ends. */
@Deployment(resources = {"processes/mail-triage.bpmn", "forms/triage-unknown-mail.form"})
class MailTriageProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @Test
    void triageUnknownMailWaitsForCustomerServiceWithTheMail() {
        // when
        var process = runtimeService().startProcessInstanceByKey(MailTriageIntake.PROCESS_KEY, withVariables(
                "mailSender", "stranger@elsewhere.example", "mailSubject", "系统故障 / System down",
                "mailBody", "请尽快处理 / Please help"));

        // then
        assertThat(process).isWaitingAt("Task_TriageUnknownMail");
        assertThat(task(process)).hasCandidateGroup("customer-service");
        assertThat(process).variables().containsEntry("mailSender", "stranger@elsewhere.example");
    }

    @Test
    void triageUnknownMailEndsWhenHandled() {
        // given
        var process = runtimeService().startProcessInstanceByKey(MailTriageIntake.PROCESS_KEY, withVariables(
                "mailSender", "stranger@elsewhere.example", "mailSubject", "广告 / Advert", "mailBody", "…"));

        // when
        complete(task(process), withVariables("triageNote", "垃圾邮件 / Spam"));

        // then
        assertThat(process).hasPassedInOrder("StartEvent_UnknownMailReceived", "Task_TriageUnknownMail",
                "EndEvent_UnknownMailTriaged").isEnded();
    }
}
