package com.maintflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.support.MaintenanceProcessTestCase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code processes/mail-triage.bpmn}: a mail from an unknown sender waits for customer service, then ends. Runs in the
 * process tests' Spring context (same configuration as {@link MaintenanceProcessTestCase}, so it is shared), which
 * records coverage for ProcessCoverageIT.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-process-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(MaintenanceProcessTestCase.ProcessCoverage.class)
class MailTriageProcessTest {

    @Autowired private ProcessEngine processEngine;

    @BeforeEach
    void bindAssertionsToEngine() {
        BpmnAwareTests.init(processEngine);
    }

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
