package com.maintflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.complaint.ComplaintFixtures.NewCustomer;
import com.maintflow.customer.Customers;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.notify.RecordedNotificationRepository;
import com.maintflow.sla.ClockKind;
import com.maintflow.sla.ClockState;
import com.maintflow.sla.SlaClocks;
import com.maintflow.support.MaintenanceProcessTestCase;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import com.maintflow.timeline.TimelineEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import com.maintflow.sla.SlaReports;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of {@code processes/complaint.bpmn}, with the real delegates and listeners writing real records: the
 * reply answered 满意 by link, 不满意 by phone (to management), a repeated complaint reviewed by management first, a
 * reply left unanswered for 14 days, and a complaint registered by customer service from Tasklist. Runs in the
 * process tests' shared Spring context, which records coverage for ProcessCoverageIT.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-process-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(MaintenanceProcessTestCase.ProcessCoverage.class)
class ComplaintProcessTest {

    @Autowired private ProcessEngine processEngine;
    @Autowired private ComplaintService service;
    @Autowired private ComplaintAnswers answers;
    @Autowired private Complaints complaints;
    @Autowired private ComplaintQuery query;
    @Autowired private Customers customers;
    @Autowired private SlaClocks clocks;
    @Autowired private SlaReports reports;
    @Autowired private RecordedNotificationRepository notifications;
    @Autowired private Timeline timeline;
    @Autowired private Actors actors;
    @Autowired private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void bindAssertionsToEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void complaintAnsweredSatisfiedByLinkIsClosed() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        var process = file(customer);
        assertThat(process).hasPassedInOrder("Task_RegisterComplaint", "Task_AcknowledgeComplaint",
                "Gateway_RepeatedComplaint").isWaitingAt("Task_InvestigateComplaint");
        assertThat(task(process).getDueDate()).as("due date = the reply deadline").isNotNull();

        // when
        investigateActAndReply(process);
        answers.answer(number(process), true, "赵敏 / Zhao Min");

        // then
        assertThat(process).hasPassedInOrder("Task_SendComplaintReply", "BoundaryEvent_ComplaintAnswered",
                "Gateway_CustomerSatisfied", "Task_CloseComplaint", "EndEvent_ComplaintClosed").isEnded();
        assertThat(process).hasNotPassed("Task_ManagementReview");
        var complaint = complaints.byNumber(number(process));
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.getCustomerAnswer()).isEqualTo(CustomerAnswer.SATISFIED);
        assertThat(query.view(number(process)).actions()).singleElement()
                .satisfies(action -> assertThat(action.owner()).isEqualTo("sup1"));
        assertThat(clocks.of(number(process), actors.now())).singleElement().satisfies(clock -> {
            assertThat(clock.clock()).isEqualTo(ClockKind.COMPLAINT_REPLY);
            assertThat(clock.state()).isEqualTo(ClockState.MET);
        });
        assertThat(customerMails(customer, process)).containsExactly(NotificationTemplate.COMPLAINT_RECEIVED,
                NotificationTemplate.COMPLAINT_REPLY);
    }

    @Test
    void replyToCustomerMailsTheReplyWithSatisfiedAndUnsatisfiedLinks() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        var process = file(customer);

        // when
        investigateActAndReply(process);

        // then
        assertThat(process).isWaitingAt("Task_RecordComplaintAnswer");
        var reply = notifications.findByTicketOrderByIdAsc(number(process)).stream()
                .filter(n -> n.getTemplate() == NotificationTemplate.COMPLAINT_REPLY).findFirst().orElseThrow();
        assertThat(reply.getRecipient()).isEqualTo(customer.contactEmail());
        assertThat(reply.getSubject()).startsWith("[" + number(process) + "] ");
        String body = jdbc.queryForObject("select body from mf_notification where ticket = ? and template = ?",
                String.class, number(process), NotificationTemplate.COMPLAINT_REPLY.name());
        assertThat(body).contains("已重新安排 / Rescheduled", "满意 / Satisfied",
                "不满意 / Not satisfied", "/links/");
    }

    @Test
    void customerNotSatisfiedByPhoneGoesToManagementReview() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        var process = file(customer);
        investigateActAndReply(process);

        // when
        completeAs("cs1", "customer-service", process, "Task_RecordComplaintAnswer",
                withVariables(ComplaintAnswers.SATISFIED, false));

        // then
        assertThat(process).isWaitingAt("Task_ManagementReview");
        assertThat(complaints.byNumber(number(process)).getStatus()).isEqualTo(ComplaintStatus.UNSATISFIED);

        // when
        completeAs("mgr1", "management", process, "Task_ManagementReview",
                withVariables("managementDecision", "更换驻场工程师并回访 / New site engineer, call back in a week"));

        // then
        assertThat(process).hasPassedInOrder("Task_RecordComplaintAnswer", "Gateway_ComplaintAnswerJoin",
                "Gateway_CustomerSatisfied", "Task_ManagementReview", "Gateway_CloseJoin", "Task_CloseComplaint")
                .isEnded();
        var complaint = complaints.byNumber(number(process));
        assertThat(complaint.getCustomerAnswer()).isEqualTo(CustomerAnswer.UNSATISFIED);
        assertThat(complaint.getManagementDecision()).startsWith("更换驻场工程师");
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void secondComplaintWithin90DaysGoesToManagementFirst() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        var first = file(customer);
        assertThat(first).isWaitingAt("Task_InvestigateComplaint");

        // when
        var second = file(customer);

        // then
        assertThat(second).isWaitingAt("Task_ReviewRepeatedComplaint");
        assertThat(task(second)).hasCandidateGroup("management");
        assertThat(complaints.byNumber(number(second)).isRepeated()).isTrue();

        // when
        completeAs("mgr1", "management", second, "Task_ReviewRepeatedComplaint",
                withVariables("repeatReviewNote", "由主管亲自调查 / The supervisor investigates in person"));

        // then
        assertThat(second).hasPassedInOrder("Gateway_RepeatedComplaint", "Task_ReviewRepeatedComplaint",
                "Gateway_InvestigationJoin").isWaitingAt("Task_InvestigateComplaint");
        assertThat(complaints.byNumber(number(second)).getRepeatReview()).startsWith("由主管亲自调查");
    }

    @Test
    void replyLeftUnansweredFor14DaysClosesAsNoAnswer() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        var process = file(customer);
        investigateActAndReply(process);

        // when: the 14-day timer fires
        execute(job("BoundaryEvent_NoAnswer", process));

        // then
        assertThat(process).hasPassedInOrder("BoundaryEvent_NoAnswer", "Gateway_CloseJoin", "Task_CloseComplaint",
                "EndEvent_ComplaintClosed").isEnded();
        assertThat(process).hasNotPassed("Gateway_CustomerSatisfied");
        var complaint = complaints.byNumber(number(process));
        assertThat(complaint.getCustomerAnswer()).isEqualTo(CustomerAnswer.NO_ANSWER);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(timeline.of(number(process))).extracting(TimelineEntry::getEvent)
                .contains("RECEIVED", "INVESTIGATED", "ACTION_RECORDED", "REPLIED", "CUSTOMER_NO_ANSWER", "CLOSED");
    }

    @Test
    void replyLaterThanOneWorkingDayIsABreachInTheContractsSlaReport() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        var process = file(customer);

        // when: the reply goes out ten days later
        ClockUtil.setCurrentTime(Date.from(actors.now().plus(Duration.ofDays(10))));
        investigateActAndReply(process);

        // then
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var report = reports.report(customer.contractNumber(), today.minusDays(1), today.plusDays(30), actors.now());
        assertThat(report.compliance()).filteredOn(c -> c.clock() == ClockKind.COMPLAINT_REPLY).singleElement()
                .satisfies(c -> {
                    assertThat(c.decided()).isEqualTo(1);
                    assertThat(c.missed()).isEqualTo(1);
                });
        assertThat(report.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.ticket()).isEqualTo(number(process));
            assertThat(breach.clock()).isEqualTo(ClockKind.COMPLAINT_REPLY);
            assertThat(breach.workingMinutesOver()).isPositive();
        });
    }

    @Test
    void customerServiceRegistersAPhoneComplaintFromTasklist() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, false);

        // when: the start form's fields, as Tasklist submits them (an empty optional field is an empty string)
        ProcessInstance process = runtimeService().startProcessInstanceByKey(ComplaintService.PROCESS_KEY,
                withVariables("customerCode", customer.code(), "contactName", "赵敏 / Zhao Min",
                        "contactEmail", customer.contactEmail(), "contactPhone", "", "channel", "PHONE",
                        "subject", "电话投诉 / Complaint by phone", "description", "多次来电无人接听 / Nobody answers",
                        "ticket", "", "initiator", "cs1"));

        // then
        assertThat(process).isWaitingAt("Task_InvestigateComplaint");
        String number = processInstanceQuery().processInstanceId(process.getId()).singleResult().getBusinessKey();
        assertThat(number).matches("CP-\\d{4}-\\d{6}");
        var complaint = complaints.byNumber(number);
        assertThat(complaint.getChannel()).isEqualTo("PHONE");
        assertThat(complaint.getContractNumber()).as("no active contract: no reply clock").isNull();
        assertThat(clocks.of(number, actors.now())).isEmpty();
        assertThat(timeline.of(number)).first().satisfies(e -> assertThat(e.getActor()).isEqualTo("cs1"));
        assertThat(runtimeService().getVariables(process.getId()))
                .doesNotContainKeys("contactName", "contactEmail", "contactPhone", "description")
                .containsEntry("complaintNumber", number).containsEntry("repeated", false);
    }

    // --- Steps, each completed like its form -------------------------------------------------------------------------

    private ProcessInstance file(NewCustomer customer) {
        var filed = service.file(ComplaintFixtures.complaintOf(customer, "WEB"));
        assertThat(filed.complaintNumber()).matches("CP-\\d{4}-\\d{6}");
        return processInstanceQuery().processInstanceId(filed.processInstanceId()).singleResult();
    }

    private void investigateActAndReply(ProcessInstance process) {
        completeAs("sup1", "supervisors", process, "Task_InvestigateComplaint", withVariables(
                "facts", "派工单排错日期 / The dispatch had the wrong date",
                "cause", "调度系统时区错误 / Scheduling used the wrong time zone",
                "responsibility", "我方调度 / Our dispatch"));
        completeAs("sup1", "supervisors", process, "Task_RecordCorrectiveAction", withVariables(
                "correctiveAction", "修正时区并复核所有预约 / Fix the zone, recheck every booking",
                "actionOwner", "sup1", "actionDueDate", LocalDate.now().plusDays(7).toString(), "actionDone", false));
        completeAs("cs1", "customer-service", process, "Task_ReplyToCustomer", withVariables(
                "replyText", "已重新安排 / Rescheduled for Thursday 09:00; we apologise."));
    }

    private void completeAs(String user, String group, ProcessInstance process, String taskKey,
                            Map<String, Object> fields) {
        assertThat(process).isWaitingAt(taskKey);
        Task task = task(taskKey, process);
        assertThat(task).hasCandidateGroup(group);
        assertThat(processEngine.getTaskService().getVariableLocal(task.getId(), ComplaintTaskListener.SUMMARY))
                .asString().contains("Engineer did not come", "\\/");
        claim(task, user);
        complete(task, fields);
    }

    private static String number(ProcessInstance process) {
        return processInstanceQuery().processInstanceId(process.getId()).singleResult() == null
                ? BpmnAwareTests.historyService().createHistoricProcessInstanceQuery()
                        .processInstanceId(process.getId()).singleResult().getBusinessKey()
                : processInstanceQuery().processInstanceId(process.getId()).singleResult().getBusinessKey();
    }

    private java.util.List<NotificationTemplate> customerMails(NewCustomer customer, ProcessInstance process) {
        return notifications.findByTicketOrderByIdAsc(number(process)).stream()
                .filter(n -> n.getRecipient().equals(customer.contactEmail()))
                .map(RecordedNotification::getTemplate).toList();
    }
}
