package com.maintflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.intake.IntakeService;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.notify.RecordedNotificationRepository;
import com.maintflow.support.OrdinaryWeek;
import com.maintflow.survey.Surveys;
import com.maintflow.support.RequestDriver;
import com.maintflow.timeline.Timeline;
import com.maintflow.timeline.TimelineEntry;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path through {@code processes/sla-escalation.bpmn}, driven by real maintenance requests: one escalation per
 * clock of a ticket, its three levels each firing once at its minute on the contract's calendar, ended by the clock
 * stopping or the ticket closing. The engine clock is moved with {@link ClockUtil}; timers run as explicit jobs.
 * Process test coverage of the escalation model must reach 100 % here; the request's own paths are the stage tests'
 * (support/MaintenanceProcessTestCase).
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-sla-escalation-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SlaEscalationProcessTest {

    private static final ZoneId SHANGHAI = OrdinaryWeek.SHANGHAI;
    private static final String WARNING = "Timer_WarningShare";
    private static final String DEADLINE = "Timer_Deadline";
    private static final String MANAGEMENT = "Timer_ManagementShare";
    private static final List<String> LEVELS = List.of(WARNING, DEADLINE, MANAGEMENT);

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class ProcessCoverage {

        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties(
                @Value("${maintflow.process-coverage.at-least:1.0}") double classCoverageAtLeast) {
            return ProcessEngineCoverageProperties.builder()
                    // Archived requests start their satisfaction survey: its paths are SatisfactionSurveyProcessTest's.
                    .excludeProcessDefinitionKeys(IntakeService.PROCESS_KEY, Surveys.PROCESS_KEY)
                    .assertClassCoverageAtLeast(classCoverageAtLeast)
                    .build();
        }
    }

    @Autowired private ProcessEngine processEngine;
    @Autowired private IntakeService intake;
    @Autowired private Timeline timeline;
    @Autowired private RecordedNotificationRepository notifications;
    @Autowired private JdbcTemplate jdbc;

    private RequestDriver requests;

    @BeforeEach
    void bindAssertionsToEngine() {
        BpmnAwareTests.init(processEngine);
        requests = new RequestDriver(processEngine, intake);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void implementationRunningLateIsEscalatedToEngineersSupervisorsAndManagementEachOnceAtItsMinute() {
        // given: received and reviewed at 09:00 as a major defect, so resolved within 2 hours around the clock
        Instant nine = OrdinaryWeek.mondayAt(LocalTime.of(9, 0));
        ClockUtil.setCurrentTime(Date.from(nine));
        String ticket = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
        requests.review(ticket, "IMMEDIATE", "DEFECT");
        ProcessInstance resolution = escalation(ticket, ClockKind.RESOLUTION);
        assertThat(job(WARNING, resolution).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(90))));
        assertThat(job(DEADLINE, resolution).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(120))));
        assertThat(job(MANAGEMENT, resolution).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(180))));

        // when: three quarters of the time have run (level 1)
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(90))));
        execute(job(WARNING, resolution));

        // then: the engineers' group is warned by mail, it is noted, and the engineer keeps working
        assertThat(resolution).hasPassed(WARNING, "Task_Warn", "EndEvent_Warned");
        assertThat(requests.openTasks(ticket, "Task_ImplementMaintenance")).isEqualTo(1);
        assertThat(timeline.of(ticket)).extracting(TimelineEntry::getEvent).containsOnlyOnce("SLA_WARNING");
        assertThat(notifications.findByTicketOrderByIdAsc(ticket))
                .filteredOn(n -> n.getTemplate() == NotificationTemplate.SLA_WARNING)
                .extracting(RecordedNotification::getRecipient).contains("eng1@maintflow.example");

        // when: the deadline passes (level 2) and a supervisor handles the escalation
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(120))));
        execute(job(DEADLINE, resolution));

        // then: the late work moves up the engineers' Tasklist; the supervisors' task says what is late and is due
        // at the deadline
        assertThat(lateTask(ticket, "Task_ImplementMaintenance").getPriority()).isEqualTo(80);
        Task handle = task("Task_HandleEscalation", resolution);
        assertThat(handle.getDueDate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(120))));
        assertThat((String) processEngine.getTaskService().getVariableLocal(handle.getId(), "escalationSummary"))
                .contains("解决时限 / resolution deadline", "主管", "维护实施 / Implement maintenance");
        completeAs("sup1", "supervisors", handle,
                withVariables("escalationNote", "增派工程师 / Second engineer assigned", "reassignTo", "demo"));
        assertThat(lateTask(ticket, "Task_ImplementMaintenance").getAssignee()).isEqualTo("demo");
        // back to the engineers' group, so the finishing steps below claim it as usual
        processEngine.getTaskService().setAssignee(lateTask(ticket, "Task_ImplementMaintenance").getId(), null);

        // when: half the target again has run (level 3) and management acts
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(180))));
        execute(job(MANAGEMENT, resolution));
        completeAs("mgr1", "management", task("Task_ManagementEscalation", resolution),
                withVariables("escalationNote", "与客户高层沟通 / Called the customer's management"));

        // then: every level fired once, the escalation is over, and the request still runs to its archive
        assertThat(resolution).hasPassed("Task_RaisePriority", "Task_HandleEscalation", "EndEvent_SupervisorsActed",
                MANAGEMENT, "Task_ManagementEscalation", "EndEvent_ManagementActed", "EndEvent_AllLevelsHandled")
                .isEnded();
        assertThat(LEVELS).allSatisfy(level -> assertThat(timesPassed(resolution, level)).isEqualTo(1));
        assertThat(timeline.of(ticket)).extracting(TimelineEntry::getEvent)
                .containsOnlyOnce("SLA_WARNING").contains("SLA_ESCALATION_HANDLED", "SLA_REASSIGNED");
        requests.implementAcceptAndClose(ticket);
        assertThat(openInstances(ticket)).isZero();
    }

    @Test
    void planRunningLateIsEscalatedToPlanWritersSupervisorsAndManagementEachOnceAtItsMinute() {
        // given: received and reviewed at 09:00 as a major defect needing deep maintenance: within 2 hours around
        // the clock a detailed plan must go to the customer
        Instant nine = OrdinaryWeek.mondayAt(LocalTime.of(9, 0));
        ClockUtil.setCurrentTime(Date.from(nine));
        String ticket = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
        requests.review(ticket, "DEEP", "DEFECT");
        ProcessInstance plan = escalation(ticket, ClockKind.PLAN);
        assertThat(job(WARNING, plan).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(90))));
        assertThat(job(DEADLINE, plan).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(120))));
        assertThat(job(MANAGEMENT, plan).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(180))));
        assertThat(lateTask(ticket, "Task_PrepareMaintenancePlan").getDueDate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(120))));

        // when: three quarters of the plan time have run (level 1)
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(90))));
        execute(job(WARNING, plan));

        // then: the engineers are warned by a plan-deadline mail, and the plan is still being written
        assertThat(plan).hasPassed(WARNING, "Task_Warn", "EndEvent_Warned");
        assertThat(requests.openTasks(ticket, "Task_PrepareMaintenancePlan")).isEqualTo(1);
        assertThat(notifications.findByTicketOrderByIdAsc(ticket))
                .filteredOn(n -> n.getTemplate() == NotificationTemplate.SLA_PLAN_WARNING)
                .extracting(RecordedNotification::getRecipient).contains("eng1@maintflow.example");

        // when: the plan deadline passes (level 2) and a supervisor hands the plan to someone else
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(120))));
        execute(job(DEADLINE, plan));
        assertThat(lateTask(ticket, "Task_PrepareMaintenancePlan").getPriority()).isEqualTo(80);
        completeAs("sup1", "supervisors", task("Task_HandleEscalation", plan),
                withVariables("escalationNote", "由资深工程师编写 / A senior engineer writes it", "reassignTo", "demo"));
        assertThat(lateTask(ticket, "Task_PrepareMaintenancePlan").getAssignee()).isEqualTo("demo");
        processEngine.getTaskService().setAssignee(lateTask(ticket, "Task_PrepareMaintenancePlan").getId(), null);

        // when: half the target again has run (level 3) and management acts
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(180))));
        execute(job(MANAGEMENT, plan));
        completeAs("mgr1", "management", task("Task_ManagementEscalation", plan),
                withVariables("escalationNote", "与客户约定新时间 / Agreed a new date with the customer"));

        // then: every level fired once; the plan goes out late (a recorded breach) and the request runs on
        assertThat(plan).hasPassed("Task_HandleEscalation", "Task_ManagementEscalation").isEnded();
        assertThat(LEVELS).allSatisfy(level -> assertThat(timesPassed(plan, level)).isEqualTo(1));
        requests.complete(ticket, "Task_PrepareMaintenancePlan", "eng1", Map.of("planSummary",
                "滚动升级 / Rolling upgrade", "planDueDate", LocalDate.of(2026, 12, 31).toString()));
        assertThat(jdbc.queryForObject("select count(*) from mf_sla_breach where ticket = ? and clock = 'PLAN'",
                Integer.class, ticket)).isEqualTo(1);
        requests.complete(ticket, "Task_RecordPlanAnswer", "cs1", Map.of("planConfirmed", true));
        requests.implementAcceptAndClose(ticket);
        assertThat(openInstances(ticket)).isZero();
    }

    @Test
    void warningOfAFiveByEightRequestThatFallsAfterHoursWaitsForTheNextWorkingMorning() {
        // given: a general defect on a 5x8 contract, received and reviewed at 16:30: 90 of its 120 working minutes
        // run out at 18:00, when the office closes
        Instant halfPastFour = OrdinaryWeek.mondayAt(LocalTime.of(16, 30));
        ClockUtil.setCurrentTime(Date.from(halfPastFour));
        String ticket = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");

        // when
        requests.complete(ticket, "Task_ReviewRequest", "cs1", Map.of("maintenanceType", "CORRECTIVE",
                "serviceKind", "DEFECT", "severity", "GENERAL", "reviewOutcome", "IMMEDIATE",
                "withinSpecScope", false, "customerCaused", false, "reviewNote", "评审意见 / Review note"));

        // then: the warning is due at 09:00 of a later (working) day, not in the evening
        var warningDue = job(WARNING, escalation(ticket, ClockKind.RESOLUTION)).getDuedate().toInstant()
                .atZone(SHANGHAI);
        assertThat(warningDue.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(warningDue.toLocalDate()).isAfter(halfPastFour.atZone(SHANGHAI).toLocalDate());
    }

    @Test
    void reviewTakenUpLateIsEscalatedToReviewersSupervisorsAndManagementEachOnceAtItsMinute() {
        // given: a premium (7x24) customer's request received at 09:00 on a Saturday, provisionally answered within
        // 10 minutes
        Instant nine = LocalDate.now(SHANGHAI).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                .atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant();
        ClockUtil.setCurrentTime(Date.from(nine));
        String ticket = requests.submit("C-PREMIUM", "ops@premium.example");

        // then: all three levels wait at once (75 % of 10 minutes is 7.5, rounded up to whole working minutes like
        // every SLA point: +8; deadline +10; management share 1.5: +15), on a Saturday too
        ProcessInstance response = escalation(ticket, ClockKind.RESPONSE);
        assertThat(job(WARNING, response).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(8))));
        assertThat(job(DEADLINE, response).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(10))));
        assertThat(job(MANAGEMENT, response).getDuedate()).isEqualTo(Date.from(nine.plus(Duration.ofMinutes(15))));

        // when: level 1 fires
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(8))));
        execute(job(WARNING, response));

        // then: customer service is warned by mail and it is noted; the review still waits
        assertThat(response).hasPassed(WARNING, "Task_Warn");
        assertThat(requests.openTasks(ticket, "Task_ReviewRequest")).isEqualTo(1);
        assertThat(timeline.of(ticket)).extracting(TimelineEntry::getEvent).containsOnlyOnce("SLA_WARNING");
        // (the response warning says "response", not "resolution": its own subject and template)
        assertThat(notifications.findByTicketOrderByIdAsc(ticket))
                .extracting(RecordedNotification::getTemplate).contains(NotificationTemplate.SLA_RESPONSE_WARNING)
                .doesNotContain(NotificationTemplate.SLA_WARNING);

        // when: the response deadline passes (level 2) and a supervisor handles it
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(10))));
        execute(job(DEADLINE, response));
        completeAs("sup1", "supervisors", task("Task_HandleEscalation", response),
                withVariables("escalationNote", "已安排客服评审 / A reviewer was assigned"));

        // when: half the target again has run (level 3); management is asked but a reviewer claims the review first
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(15))));
        execute(job(MANAGEMENT, response));
        assertThat(task("Task_ManagementEscalation", response)).hasCandidateGroup("management");
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(16))));
        claim(lateTask(ticket, "Task_ReviewRequest"), "cs1");

        // then: each level fired once, and the stopped clock ended its escalation: management's task is gone
        assertThat(LEVELS).allSatisfy(level -> assertThat(timesPassed(response, level)).isEqualTo(1));
        assertThat(response).hasPassed("BoundaryEvent_ClockStopped", "EndEvent_ClockStopped").isEnded();
        assertThat(taskQuery().processInstanceId(response.getId()).count()).isZero();
        assertThat(timeline.of(ticket)).extracting(TimelineEntry::getEvent)
                .containsOnlyOnce("SLA_WARNING").contains("SLA_ESCALATION_HANDLED");
    }

    @Test
    void responseEscalationOfAFiveByEightRequestWaitsForWorkingTimeButTheDeadlineStaysExact() {
        // given: a 5x8 request received at 11:50 on a working day: its 10 working minutes end at 12:00, lunch
        Instant tenToTwelve = OrdinaryWeek.mondayAt(LocalTime.of(11, 50));
        ClockUtil.setCurrentTime(Date.from(tenToTwelve));
        String beforeLunch = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");

        // then: the review is due at 12:00, but supervisors hear of it at 13:30, when work resumes; management
        // after 15 working minutes, 13:35
        LocalDate day = tenToTwelve.atZone(SHANGHAI).toLocalDate();
        ProcessInstance response = escalation(beforeLunch, ClockKind.RESPONSE);
        assertThat(lateTask(beforeLunch, "Task_ReviewRequest").getDueDate())
                .isEqualTo(Date.from(day.atTime(12, 0).atZone(SHANGHAI).toInstant()));
        assertThat(job(WARNING, response).getDuedate())
                .isEqualTo(Date.from(day.atTime(11, 58).atZone(SHANGHAI).toInstant()));
        assertThat(job(DEADLINE, response).getDuedate())
                .isEqualTo(Date.from(day.atTime(13, 30).atZone(SHANGHAI).toInstant()));
        assertThat(job(MANAGEMENT, response).getDuedate())
                .isEqualTo(Date.from(day.atTime(13, 35).atZone(SHANGHAI).toInstant()));

        // given: another received at 17:45, whose 15 working minutes run out at 18:00, when the office closes
        ClockUtil.setCurrentTime(Date.from(day.atTime(17, 45).atZone(SHANGHAI).toInstant()));
        String beforeClosing = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");

        // then: management is not called at 18:00 but at 09:00 of the next working day
        ProcessInstance late = escalation(beforeClosing, ClockKind.RESPONSE);
        var managementDue = job(MANAGEMENT, late).getDuedate().toInstant().atZone(SHANGHAI);
        assertThat(managementDue.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(managementDue.toLocalDate()).isAfter(day);
        assertThat(job(DEADLINE, late).getDuedate())
                .isEqualTo(Date.from(day.atTime(17, 55).atZone(SHANGHAI).toInstant()));
    }

    @Test
    void waitingOnTheCustomerParksTheTimersAndTheAnswerMovesThemByTheTimeWaited() {
        // given: a paid immediate fix reviewed at 09:00 (resolution due 11:00 around the clock), quoted at 09:10
        Instant nine = OrdinaryWeek.mondayAt(LocalTime.of(9, 0));
        ClockUtil.setCurrentTime(Date.from(nine));
        String ticket = requests.submit(RequestDriver.OUT_OF_WARRANTY, "it@expired.example");
        requests.review(ticket, "IMMEDIATE", "USAGE");
        ProcessInstance resolution = escalation(ticket, ClockKind.RESOLUTION);
        Date warningBefore = job(WARNING, resolution).getDuedate();

        // when: the quote goes out at 09:10 and waits on the customer
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(10))));
        requests.complete(ticket, "Task_PrepareQuote", "cs1", Map.of("quoteAmount", 1200L, "quoteNote", "8 人日"));

        // then: nothing escalates while the customer decides
        assertThat(LEVELS).allSatisfy(level -> assertThat(job(level, resolution).getDuedate().toInstant())
                .isEqualTo(SlaDeadlines.NEVER));

        // when: the customer declines at 10:10, an hour later: the request is answered with a receipt and archived
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(70))));
        requests.complete(ticket, "Task_RecordQuoteAnswer", "cs1", Map.of("quoteApproved", false));
        assertThat(job(WARNING, resolution).getDuedate())
                .isEqualTo(Date.from(warningBefore.toInstant().plus(Duration.ofMinutes(60))));
        requests.archive(ticket);

        // then: closing the ticket ended its escalation: nothing of the request stays open
        assertThat(resolution).hasPassed("BoundaryEvent_TicketClosed", "EndEvent_TicketClosed").isEnded();
        assertThat(openInstances(ticket)).isZero();
    }

    // --- Helpers -----------------------------------------------------------------------------------------------------

    /** The escalation of one clock of the ticket (business key = ticket, variable clock). */
    private static ProcessInstance escalation(String ticket, ClockKind clock) {
        ProcessInstance instance = processInstanceQuery().processDefinitionKey(SlaEscalations.PROCESS_KEY)
                .processInstanceBusinessKey(ticket).variableValueEquals("clock", clock.name()).singleResult();
        assertThat(instance).as("escalation of " + clock + " for " + ticket).isNotNull();
        return instance;
    }

    private Task lateTask(String ticket, String taskKey) {
        return taskQuery().processInstanceId(requests.requestProcessId(ticket)).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private static void completeAs(String user, String group, Task task, Map<String, Object> formFields) {
        assertThat(task).hasCandidateGroup(group);
        claim(task, user);
        complete(task, formFields);
    }

    private static long timesPassed(ProcessInstance instance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }

    private static long openInstances(String ticket) {
        return processInstanceQuery().processInstanceBusinessKey(ticket).count();
    }
}
