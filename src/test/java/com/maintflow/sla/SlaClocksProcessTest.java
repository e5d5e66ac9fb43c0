package com.maintflow.sla;

import com.maintflow.calendar.BusinessCalendars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestQuery;
import com.maintflow.intake.RequestView;
import com.maintflow.support.OrdinaryWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * SLA clocks driven by the real process: tasks claimed and completed like staff do, the engine clock moved with
 * {@link ClockUtil}. Requests are received on a coming Monday 09:00 in Shanghai, inside the demo contracts.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-sla-process-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SlaClocksProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PREMIUM_7X24 = "C-PREMIUM";
    private static final String STANDARD_5X8 = "C-WARRANTY";

    @Autowired private IntakeService intake;
    @Autowired private TaskService taskService;
    @Autowired private SlaClocks clocks;
    @Autowired private SlaBreachRepository breaches;
    @Autowired private RequestQuery requests;
    @Autowired private RuntimeService runtime;
    @Autowired private ManagementService management;
    @Autowired private Reclassifications reclassifications;
    @Autowired private BusinessCalendars calendars;
    @Autowired private MaintenanceRequests register;

    private static final String WARNING = "Timer_WarningShare";
    private static final String DEADLINE = "Timer_Deadline";

    private final Instant monday = OrdinaryWeek.mondayAt(LocalTime.of(9, 0));

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void responseClockRunsFromReceiptAndStopsWhenStaffClaimTheReview() {
        // given: received at 09:00, due in the default 10 minutes
        String ticket = submitAt(monday, PREMIUM_7X24);
        assertThat(task(ticket, "Task_ReviewRequest").getDueDate()).isEqualTo(Date.from(minutesAfter(monday, 10)));

        // when: claimed after 5 minutes
        claimAt(minutesAfter(monday, 5), ticket, "Task_ReviewRequest");

        // then
        assertThat(requests.view(ticket).sla()).extracting(RequestView.SlaClock::clock, RequestView.SlaClock::state,
                        RequestView.SlaClock::remainingWorkingMinutes)
                .containsExactly(tuple("RESPONSE", "MET", 5L));
        assertThat(breaches.findByTicketAndClock(ticket, ClockKind.RESPONSE)).isEmpty();
    }

    @Test
    void lateClaimRecordsTheResponseBreachOnceWithItsWorkingMinutesOver() {
        // given: nobody looks at it for 25 minutes, and the overdue sweep notices it at 09:20
        // (7x24, so the expectation holds on any day once the real calendar with public holidays replaces the stand-in)
        String ticket = submitAt(monday, PREMIUM_7X24);
        clocks.recordOverdue(minutesAfter(monday, 20));
        clocks.recordOverdue(minutesAfter(monday, 21));

        // when
        claimAt(minutesAfter(monday, 25), ticket, "Task_ReviewRequest");

        // then: one breach, settled at the claim
        assertThat(breaches.findByTicketAndClock(ticket, ClockKind.RESPONSE)).hasValueSatisfying(breach -> {
            assertThat(breach.getDueAt()).isEqualTo(minutesAfter(monday, 10));
            assertThat(breach.getActualAt()).isEqualTo(minutesAfter(monday, 25));
            assertThat(breach.getWorkingMinutesOver()).isEqualTo(15);
        });
        assertThat(requests.view(ticket).sla()).extracting(RequestView.SlaClock::state).containsExactly("MISSED");
    }

    @Test
    void reviewStartsTheResolutionClockFromReceiptWithTheDecidedTargetAndDueDates() {
        // given
        String ticket = submitAt(monday, PREMIUM_7X24);

        // when: reviewed as an immediate critical defect 5 minutes in
        reviewAt(minutesAfter(monday, 5), ticket, "IMMEDIATE", "CRITICAL");

        // then: two hours from receipt, and the engineer's task carries that deadline
        assertThat(clocks.runningDeadline(ticket, ClockKind.RESOLUTION)).contains(minutesAfter(monday, 120));
        assertThat(task(ticket, "Task_ImplementMaintenance").getDueDate())
                .isEqualTo(Date.from(minutesAfter(monday, 120)));
        assertThat(clocks.runningDeadline(ticket, ClockKind.PLAN)).isEmpty();
    }

    @Test
    void waitingForTheCustomersAcceptanceDoesNotCountAgainstResolution() {
        // given: fixed after an hour, then the customer takes four hours to accept
        String ticket = submitAt(monday, PREMIUM_7X24);
        reviewAt(minutesAfter(monday, 5), ticket, "IMMEDIATE", "CRITICAL");
        completeAt(minutesAfter(monday, 60), ticket, "Task_ImplementMaintenance", Map.of("rootCause", "索引缺失",
                "solution", "补建索引", "hoursSpent", 1.0));
        assertThat(clocks.of(ticket, minutesAfter(monday, 100))).filteredOn(c -> c.clock() == ClockKind.RESOLUTION)
                .extracting(SlaClocks.ClockView::state, SlaClocks.ClockView::remainingWorkingMinutes)
                .containsExactly(tuple(ClockState.PAUSED, 60L));

        // when
        completeAt(minutesAfter(monday, 300), ticket, "Task_RecordAcceptanceAnswer",
                Map.of("accepted", true, "acceptanceNote", "正常"));

        // then: met with an hour to spare, no breach
        assertThat(clocks.of(ticket, minutesAfter(monday, 300))).filteredOn(c -> c.clock() == ClockKind.RESOLUTION)
                .extracting(SlaClocks.ClockView::state, SlaClocks.ClockView::remainingWorkingMinutes)
                .containsExactly(tuple(ClockState.MET, 60L));
        assertThat(breaches.findByTicketAndClock(ticket, ClockKind.RESOLUTION)).isEmpty();
    }

    @Test
    void deepMaintenancePlanSentLateIsABreachOfThePlanClock() {
        // given
        String ticket = submitAt(monday, PREMIUM_7X24);
        reviewAt(minutesAfter(monday, 5), ticket, "DEEP", "MAJOR");
        assertThat(task(ticket, "Task_PrepareMaintenancePlan").getDueDate())
                .isEqualTo(Date.from(minutesAfter(monday, 120)));

        // when: the plan goes out after 2 h 10 min
        completeAt(minutesAfter(monday, 130), ticket, "Task_PrepareMaintenancePlan",
                Map.of("planSummary", "分两期实施", "planDueDate", "2099-12-31"));

        // then: the plan clock missed by 10 minutes, the resolution clock waits on the customer
        assertThat(breaches.findByTicketAndClock(ticket, ClockKind.PLAN))
                .hasValueSatisfying(breach -> assertThat(breach.getWorkingMinutesOver()).isEqualTo(10));
        assertThat(requests.view(ticket).sla()).extracting(RequestView.SlaClock::clock, RequestView.SlaClock::state)
                .containsExactly(tuple("PLAN", "MISSED"), tuple("RESOLUTION", "PAUSED"), tuple("RESPONSE", "MET"));
    }

    @Test
    void reclassificationDuringImplementationMovesTheEscalationTimers() {
        // given: a critical defect, resolution due at 11:00, warning at 10:30
        String ticket = submitAt(monday, STANDARD_5X8);
        reviewAt(minutesAfter(monday, 5), ticket, "IMMEDIATE", "CRITICAL");
        assertThat(timerDue(ticket, ClockKind.RESOLUTION, DEADLINE)).isEqualTo(minutesAfter(monday, 120));

        // when: at 09:30 it turns out to be a performance problem, one month around the clock
        ClockUtil.setCurrentTime(Date.from(minutesAfter(monday, 30)));
        clocks.classify(ticket, "CRITICAL", "PERFORMANCE", SlaClocks.clocksFor("IMMEDIATE"),
                minutesAfter(monday, 30));

        // then: both timers follow the new deadline, counted from receipt
        assertThat(timerDue(ticket, ClockKind.RESOLUTION, DEADLINE)).isEqualTo(minutesAfter(monday, 43200));
        assertThat(timerDue(ticket, ClockKind.RESOLUTION, WARNING)).isEqualTo(minutesAfter(monday, 32400));
    }

    @Test
    void reclassificationWhileThePlanIsWrittenMovesThePlanEscalationTimers() {
        // given: a critical defect needing a plan: plan due at 11:00 around the clock
        String ticket = submitAt(monday, STANDARD_5X8);
        reviewAt(minutesAfter(monday, 5), ticket, "DEEP", "CRITICAL");
        assertThat(timerDue(ticket, ClockKind.PLAN, DEADLINE)).isEqualTo(minutesAfter(monday, 120));

        // when: at 09:30 it turns out to be a performance problem (plan within one working day on 5x8)
        ClockUtil.setCurrentTime(Date.from(minutesAfter(monday, 30)));
        clocks.classify(ticket, "GENERAL", "PERFORMANCE", SlaClocks.clocksFor("DEEP"), minutesAfter(monday, 30));

        // then: the plan is due at 18:00 (450 working minutes from 09:00); its escalation timer moves to the next
        // working instant, 09:00 on Tuesday, on the plan clock, not the (one-month) resolution clock
        assertThat(clocks.runningDeadline(ticket, ClockKind.PLAN)).contains(minutesAfter(monday, 9 * 60));
        assertThat(timerDue(ticket, ClockKind.PLAN, DEADLINE)).isEqualTo(minutesAfter(monday, 24 * 60));
        assertThat(timerDue(ticket, ClockKind.PLAN, DEADLINE))
                .isBefore(clocks.runningDeadline(ticket, ClockKind.RESOLUTION).orElseThrow());
    }

    @Test
    void reclassifiedToCriticalKeepsTheWorkingMinutesSpentAndMovesTheSameTimerJobs() {
        // given: a general defect on 5x8 (120 working minutes), 40 of them spent
        String ticket = submitAt(monday, STANDARD_5X8);
        reviewAt(monday, ticket, "IMMEDIATE", "GENERAL");
        Job breachTimer = timer(ticket, ClockKind.RESOLUTION, DEADLINE);
        Instant reclassifiedAt = calendars.get("5x8").add(monday, 40);
        ClockUtil.setCurrentTime(Date.from(reclassifiedAt));

        // when: it turns out to be critical, 7x24
        reclassifications.reclassify(ticket, new ClassificationChange("CRITICAL", "DEFECT",
                "生产系统停机 / Production is down"), "sup1", reclassifiedAt);

        // then: the remaining 80 minutes run around the clock from now, on the same timer job and the Tasklist
        Instant due = minutesAfter(reclassifiedAt, 120 - 40);
        assertThat(clocks.runningDeadline(ticket, ClockKind.RESOLUTION)).contains(due);
        Job moved = timer(ticket, ClockKind.RESOLUTION, DEADLINE);
        assertThat(moved.getId()).isEqualTo(breachTimer.getId());
        assertThat(moved.getDuedate().toInstant()).isEqualTo(due);
        assertThat(timerDue(ticket, ClockKind.RESOLUTION, WARNING)).isEqualTo(minutesAfter(reclassifiedAt, 90 - 40));
        assertThat(task(ticket, "Task_ImplementMaintenance").getDueDate().toInstant()).isEqualTo(due);
        assertThat(register.byTicket(ticket).getSeverity()).isEqualTo("CRITICAL");
    }

    /** The timer of one escalation level of the ticket's {@code clock} (sla-escalation.bpmn). */
    private Job timer(String ticket, ClockKind clock, String timer) {
        var escalation = runtime.createProcessInstanceQuery().processDefinitionKey(SlaEscalations.PROCESS_KEY)
                .processInstanceBusinessKey(ticket).variableValueEquals("clock", clock.name()).singleResult();
        return management.createJobQuery().processInstanceId(escalation.getId()).activityId(timer).singleResult();
    }

    private Instant timerDue(String ticket, ClockKind clock, String timer) {
        return timer(ticket, clock, timer).getDuedate().toInstant();
    }

    private String submitAt(Instant at, String customerCode) {
        ClockUtil.setCurrentTime(Date.from(at));
        return intake.submit(new IntakeCommand(customerCode, "王工 / Engineer Wang", "it@example.com", null, "WEB",
                "ERP", "月结报表出错 / Month-end report fails", "超时 / Times out")).ticket();
    }

    private void reviewAt(Instant at, String ticket, String outcome, String severity) {
        completeAt(at, ticket, "Task_ReviewRequest", Map.of("maintenanceType", "CORRECTIVE", "serviceKind", "DEFECT",
                "severity", severity, "reviewOutcome", outcome, "withinSpecScope", true, "customerCaused", false));
    }

    private void claimAt(Instant at, String ticket, String taskKey) {
        ClockUtil.setCurrentTime(Date.from(at));
        taskService.claim(task(ticket, taskKey).getId(), "cs1");
    }

    private void completeAt(Instant at, String ticket, String taskKey, Map<String, Object> formFields) {
        claimAt(at, ticket, taskKey);
        taskService.complete(task(ticket, taskKey).getId(), formFields);
    }

    private Task task(String ticket, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ticket).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private static Instant minutesAfter(Instant start, long minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }
}
