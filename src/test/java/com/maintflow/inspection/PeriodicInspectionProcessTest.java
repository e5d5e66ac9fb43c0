package com.maintflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.archive.Archives;
import com.maintflow.customer.ContractDesk;
import com.maintflow.customer.CustomerDesk;
import com.maintflow.intake.Channel;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.notify.RecordedNotificationRepository;
import com.maintflow.sla.SlaEscalations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Every path through {@code processes/inspection-schedule.bpmn} and {@code processes/periodic-inspection.bpmn}: a
 * contract given a cycle gets its current period's inspection, the timer opens the next one when the period begins,
 * a changed cycle moves the timer and a removed one ends the schedule; the engineer's checklist and findings, the
 * requests raised from findings, the report to every contact, the sealed archive record, and an overdue inspection
 * escalating through sla-escalation. The engine clock is moved with {@link ClockUtil}; jobs run explicitly.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-inspection-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class PeriodicInspectionProcessTest {

    private static final ZoneId SHANGHAI = InspectionPeriod.ZONE;
    /** A Thursday in December 2026, 10:00 in Shanghai. */
    private static final Instant DEC_3 = at(2026, 12, 3, 10, 0);
    private static final Instant JAN_1 = at(2027, 1, 1, 0, 0);

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class ProcessCoverage {

        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties(
                @Value("${maintflow.process-coverage.at-least:1.0}") double classCoverageAtLeast) {
            return ProcessEngineCoverageProperties.builder()
                    .excludeProcessDefinitionKeys(IntakeService.PROCESS_KEY, SlaEscalations.PROCESS_KEY)
                    .assertClassCoverageAtLeast(classCoverageAtLeast)
                    .build();
        }
    }

    @Autowired private ProcessEngine engine;
    @Autowired private CustomerDesk customers;
    @Autowired private ContractDesk contracts;
    @Autowired private Inspections inspections;
    @Autowired private MaintenanceRequests requests;
    @Autowired private RecordedNotificationRepository notifications;
    @Autowired private Archives archives;
    @Autowired private JdbcTemplate jdbc;

    @BeforeEach
    void bindAssertionsToEngine() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(DEC_3));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    // --- inspection-schedule ---------------------------------------------------------------------------------------

    @Test
    void contractGivenACycleGetsThisPeriodsInspectionAtOnceAndTheNextWhenThePeriodBegins() {
        // when: a contract is signed with a monthly inspection cycle
        String contract = contractWithCycle("P1M");

        // then: its schedule runs and, its start job run, the December inspection is open for the engineers,
        // due by the end of the month
        ProcessInstance schedule = schedule(contract);
        assertThat(schedule).isWaitingAt("Task_StartInspection");
        execute(job("Task_StartInspection", schedule));
        String december = "IN-" + contract + "-2026-12";
        ProcessInstance inspection = inspection(december);
        assertThat(inspection).isWaitingAt("Task_PerformInspection");
        Task perform = task("Task_PerformInspection", inspection);
        assertThat(perform).hasCandidateGroup("maintenance-engineers");
        assertThat(perform.getDueDate()).isEqualTo(Date.from(JAN_1));
        assertThat(perform.getName()).isEqualTo("执行巡检 / Perform inspection · " + december
                + " · 巡检客户 / Inspected customer");
        assertThat(schedule).isWaitingAt("Gateway_WaitForPeriod");
        assertThat(job("Timer_NextPeriodDue", schedule).getDuedate()).isEqualTo(Date.from(JAN_1));

        // when: the period's inspection is asked for again (a retried job, a second node)
        // then: it is not opened twice
        assertThat(inspections.open(contract, DEC_3)).isEmpty();
        assertThat(processInstanceQuery().processDefinitionKey(Inspections.PROCESS_KEY).processInstanceBusinessKey(december).count()).isEqualTo(1);

        // when: January begins
        ClockUtil.setCurrentTime(Date.from(JAN_1.plusSeconds(30)));
        execute(job("Timer_NextPeriodDue", schedule));
        execute(job("Task_StartInspection", schedule));

        // then: January's inspection is open, December's still waits for its engineer, and the timer waits for February
        assertThat(inspection("IN-" + contract + "-2027-01")).isWaitingAt("Task_PerformInspection");
        assertThat(inspection).isWaitingAt("Task_PerformInspection");
        assertThat(schedule).hasPassed("Timer_NextPeriodDue").isWaitingAt("Gateway_WaitForPeriod");
        assertThat(job("Timer_NextPeriodDue", schedule).getDuedate()).isEqualTo(Date.from(at(2027, 2, 1, 0, 0)));
        assertThat(inspections.ofContract(contract)).extracting(InspectionView::period)
                .containsExactly("2027-01", "2026-12");

        // when: the contract's cycle is removed
        contracts.amend(contract, InspectionFixtures.cycle(""));

        // then: the schedule ends; no further inspection is planned
        assertThat(schedule).hasPassed("Message_ScheduleEnded", "EndEvent_ScheduleOver").isEnded();
    }

    @Test
    void deactivatedWhileTheStartJobIsDueTheScheduleOpensNothingAndParksUntilACycleReturns() {
        // given: a schedule whose start job has not run yet
        String contract = contractWithCycle("P1M");
        ProcessInstance schedule = schedule(contract);

        // when: the contract is deactivated before the job executor reaches the start job, which then runs
        contracts.amend(contract, InspectionFixtures.active(false));
        execute(job("Task_StartInspection", schedule));

        // then: no inspection, and the schedule waits with its timer parked
        assertThat(inspections.ofContract(contract)).isEmpty();
        assertThat(schedule).isWaitingAt("Gateway_WaitForPeriod");
        assertThat(job("Timer_NextPeriodDue", schedule).getDuedate())
                .isEqualTo(Date.from(InspectionSchedule.PARKED));

        // when: active again with a weekly cycle, the parked timer moves to the next week
        contracts.amend(contract, InspectionFixtures.active(true));
        contracts.amend(contract, InspectionFixtures.cycle("P1W"));
        assertThat(job("Timer_NextPeriodDue", schedule).getDuedate()).isEqualTo(Date.from(at(2026, 12, 7, 0, 0)));
    }

    @Test
    void changedCycleMovesTheNextDueDateAndDeactivationEndsTheSchedule() {
        // given: monthly inspections, December's open, the timer set for 1 January
        String contract = contractWithCycle("P1M");
        ProcessInstance schedule = schedule(contract);
        execute(job("Task_StartInspection", schedule));

        // when: the cycle becomes weekly
        contracts.amend(contract, InspectionFixtures.cycle("P1W"));

        // then: the next inspection is due next Monday (weeks from Monday), keyed by its first day
        assertThat(job("Timer_NextPeriodDue", schedule).getDuedate()).isEqualTo(Date.from(at(2026, 12, 7, 0, 0)));
        ClockUtil.setCurrentTime(Date.from(at(2026, 12, 7, 0, 1)));
        execute(job("Timer_NextPeriodDue", schedule));
        execute(job("Task_StartInspection", schedule));
        assertThat(inspection("IN-" + contract + "-2026-12-07")).isWaitingAt("Task_PerformInspection");

        // when: the cycle becomes quarterly
        contracts.amend(contract, InspectionFixtures.cycle("P3M"));

        // then: the next one is due when the next quarter begins
        assertThat(job("Timer_NextPeriodDue", schedule).getDuedate()).isEqualTo(Date.from(JAN_1));

        // when: the contract is deactivated
        contracts.amend(contract, InspectionFixtures.active(false));

        // then: the schedule ends
        assertThat(schedule).hasPassed("EndEvent_ScheduleOver").isEnded();
    }

    @Test
    void aPeriodGetsOneInspectionWhenTwoStartItAtOnce() throws Exception {
        // given: a contract whose December inspection nobody opened yet (its schedule's start job not run)
        String contract = contractWithCycle("P1M");

        // when: two callers (two nodes) open it at the same moment
        CountDownLatch ready = new CountDownLatch(2);
        Callable<Optional<String>> open = () -> {
            ready.countDown();
            ready.await();
            try {
                return inspections.open(contract, DEC_3);
            } catch (RuntimeException refused) {
                return Optional.empty();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Optional<String>> opened = new ArrayList<>();
        try {
            List<Future<Optional<String>>> results = List.of(pool.submit(open), pool.submit(open));
            for (Future<Optional<String>> result : results) {
                opened.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // then: one of them opened it, and there is one inspection with one process instance for the period
        String december = "IN-" + contract + "-2026-12";
        assertThat(opened).filteredOn(Optional::isPresent).extracting(Optional::get).containsExactly(december);
        assertThat(processInstanceQuery().processDefinitionKey(Inspections.PROCESS_KEY).processInstanceBusinessKey(december).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mf_inspection where contract_number = ?", Long.class,
                contract)).isEqualTo(1);

        // and the schedule's own start finds it open and opens none
        execute(job("Task_StartInspection", schedule(contract)));
        assertThat(processInstanceQuery().processDefinitionKey(Inspections.PROCESS_KEY).processInstanceBusinessKey(december).count()).isEqualTo(1);
    }

    // --- periodic-inspection ---------------------------------------------------------------------------------------

    @Test
    void findingsMarkedForActionBecomeRequestsAndTheReportIsMailedAndSealed() {
        // given: December's inspection is open
        String contract = contractWithCycle("P1M");
        String key = openInspection(contract);
        ProcessInstance inspection = inspection(key);

        // when: the engineer finds a hardware issue, one finding to act on and one remark
        Map<String, Object> form = checklist();
        form.put("hardware", "ISSUE");
        form.put("hardwareNote", "RAID 一块盘告警 / One RAID disk warns");
        form.put("finding1", "磁盘使用率 92% / Disk 92% full");
        form.put("finding1Request", true);
        form.put("finding2", "建议升级固件 / Firmware update advisable");
        form.put("finding2Request", false);
        performInspection(inspection, form);

        // then: one maintenance request is raised, by channel INSPECTION, leading back to the inspection, and the
        // inspection lists it
        assertThat(inspection).hasPassed("Task_RaiseFindingRequests");
        InspectionView view = inspections.view(key);
        assertThat(view.ticketsRaised()).hasSize(1);
        String ticket = view.ticketsRaised().get(0);
        var request = requests.byTicket(ticket);
        assertThat(request.getChannel()).isEqualTo(Channel.INSPECTION);
        assertThat(request.getOrigin()).isEqualTo(key);
        assertThat(request.getTitle()).isEqualTo("磁盘使用率 92% / Disk 92% full");
        assertThat(request.getContactEmail()).isEqualTo(InspectionFixtures.FIRST_CONTACT);
        assertThat(view.findings()).extracting(InspectionView.FindingView::ticket).containsExactly(ticket, null);
        assertThat(view.checklist()).extracting(InspectionView.CheckView::result)
                .containsExactly("ISSUE", "OK", "OK", "OK", "OK");
        assertThat(view.inspectedBy()).isEqualTo("eng1");

        // and: the report goes to both contacts of the customer, with the checklist, findings and ticket
        assertThat(notifications.findByTicketOrderByIdAsc(key))
                .filteredOn(n -> n.getTemplate() == NotificationTemplate.INSPECTION_REPORT)
                .extracting(RecordedNotification::getRecipient)
                .containsExactlyInAnyOrder(InspectionFixtures.FIRST_CONTACT, InspectionFixtures.SECOND_CONTACT);
        String body = jdbc.queryForObject("select body from mf_notification where ticket = ? and template = ? "
                + "and recipient = ?", String.class, key, "INSPECTION_REPORT", InspectionFixtures.SECOND_CONTACT);
        assertThat(body).contains("RAID 一块盘告警 / One RAID disk warns", "磁盘使用率 92% / Disk 92% full", ticket,
                "建议升级固件 / Firmware update advisable", "有问题 / Issue");

        // when: the archive job runs
        execute(job("Task_ArchiveInspection", inspection));

        // then: the inspection is sealed like a request, verifiable, and over; done in time, so no breach
        assertThat(inspection).hasPassed("Task_ArchiveInspection", "EndEvent_InspectionArchived").isEnded();
        assertThat(archives.verify(key).valid()).isTrue();
        assertThat(archives.of(key).getContent()).contains(ticket, "RAID 一块盘告警", "\"kind\":\"INSPECTION\"",
                "Task_PerformInspection");
        assertThat(inspections.view(key).status()).isEqualTo("ARCHIVED");
        assertThat(breaches(key)).isZero();
    }

    @Test
    void inspectionWithNothingToActOnRaisesNoRequest() {
        // given
        String key = openInspection(contractWithCycle("P1M"));
        ProcessInstance inspection = inspection(key);

        // when: everything is fine and the one finding needs no action
        Map<String, Object> form = checklist();
        form.put("finding1", "机房温度正常 / Room temperature fine");
        performInspection(inspection, form);

        // then: no request; the report still goes out and the inspection is sealed
        assertThat(inspection).hasPassed("Gateway_FindingsJoin").hasNotPassed("Task_RaiseFindingRequests");
        assertThat(inspections.view(key).ticketsRaised()).isEmpty();
        assertThat(notifications.findByTicketOrderByIdAsc(key)).extracting(RecordedNotification::getTemplate)
                .contains(NotificationTemplate.INSPECTION_REPORT);
        execute(job("Task_ArchiveInspection", inspection));
        assertThat(inspection).isEnded();
    }

    @Test
    void incompleteChecklistIsRefusedAndNothingIsSaved() {
        // given
        String key = openInspection(contractWithCycle("P1M"));
        ProcessInstance inspection = inspection(key);
        Task perform = task("Task_PerformInspection", inspection);
        claim(perform, "eng1");

        // when: an issue without a note, and a request ticked on an empty finding row
        Map<String, Object> form = checklist();
        form.put("network", "ISSUE");
        form.put("finding3Request", true);

        // then: refused, naming the fields; the task stays open and the inspection unrecorded
        assertThatThrownBy(() -> complete(perform, form)).hasMessageContaining("networkNote")
                .hasMessageContaining("finding3");
        assertThat(inspection).isWaitingAt("Task_PerformInspection");
        assertThat(inspections.view(key).status()).isEqualTo("OPEN");
    }

    @Test
    void overdueInspectionEscalatesThroughTheSharedEscalationModelAndIsRecordedAsABreach() {
        // given: December's inspection, opened on 3 December, nobody did it
        String key = openInspection(contractWithCycle("P1M"));
        ProcessInstance inspection = inspection(key);
        ProcessInstance escalation = processInstanceQuery().processDefinitionKey(SlaEscalations.PROCESS_KEY)
                .processInstanceBusinessKey(key).singleResult();
        assertThat(escalation).isNotNull();
        assertThat(job("Timer_Deadline", escalation).getDuedate()).isEqualTo(Date.from(JAN_1));

        // when: three quarters of the period's time have run (level 1)
        ClockUtil.setCurrentTime(job("Timer_WarningShare", escalation).getDuedate());
        execute(job("Timer_WarningShare", escalation));

        // then: the engineers are warned that the inspection is due soon
        assertThat(notifications.findByTicketOrderByIdAsc(key))
                .filteredOn(n -> n.getTemplate() == NotificationTemplate.SLA_INSPECTION_WARNING)
                .extracting(RecordedNotification::getRecipient).contains("eng1@maintflow.example");

        // when: the period ends
        ClockUtil.setCurrentTime(Date.from(JAN_1));
        execute(job("Timer_Deadline", escalation));

        // then: the supervisors handle it, and the late inspection moves up the engineers' Tasklist
        assertThat(escalation).isWaitingAt("Task_HandleEscalation");
        assertThat(task("Task_PerformInspection", inspection).getPriority()).isEqualTo(80);

        // when: the engineer does it a day late
        ClockUtil.setCurrentTime(Date.from(JAN_1.plusSeconds(24 * 3600)));
        performInspection(inspection, checklist());

        // then: the missed deadline is recorded once, and the escalation is over
        assertThat(breaches(key)).isEqualTo(1);
        assertThat(escalation).isEnded();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private String contractWithCycle(String cycle) {
        return InspectionFixtures.contract(customers, contracts, cycle, LocalDate.ofInstant(DEC_3, SHANGHAI));
    }

    /** Signs the contract's schedule in and runs its first start: the key of the period's inspection. */
    private String openInspection(String contract) {
        execute(job("Task_StartInspection", schedule(contract)));
        return "IN-" + contract + "-2026-12";
    }

    private void performInspection(ProcessInstance inspection, Map<String, Object> form) {
        Task perform = task("Task_PerformInspection", inspection);
        assertThat(perform).hasCandidateGroup("maintenance-engineers");
        claim(perform, "eng1");
        complete(perform, form);
    }

    /** The checklist form, everything OK, no finding. */
    private static Map<String, Object> checklist() {
        Map<String, Object> form = new HashMap<>(withVariables("hardware", "OK", "configuration", "OK",
                "network", "OK", "dataSafety", "OK", "performance", "OK"));
        for (int row = 1; row <= 5; row++) {
            form.put("finding" + row + "Request", false);
        }
        return form;
    }

    private ProcessInstance schedule(String contract) {
        return processInstanceQuery().processDefinitionKey(InspectionSchedule.PROCESS_KEY)
                .processInstanceBusinessKey(contract).singleResult();
    }

    private ProcessInstance inspection(String key) {
        ProcessInstance instance = processInstanceQuery().processDefinitionKey(Inspections.PROCESS_KEY)
                .processInstanceBusinessKey(key).singleResult();
        assertThat(instance).as("inspection " + key).isNotNull();
        return instance;
    }

    private long breaches(String key) {
        return jdbc.queryForObject("select count(*) from mf_sla_breach where ticket = ?", Long.class, key);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(InspectionPeriod.ZONE).toInstant();
    }
}
