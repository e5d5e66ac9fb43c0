package com.maintflow;

import static com.maintflow.notify.NotificationTemplate.PLAN_FOR_CONFIRMATION;
import static com.maintflow.notify.NotificationTemplate.QUOTE;
import static com.maintflow.notify.NotificationTemplate.READY_FOR_ACCEPTANCE;
import static com.maintflow.notify.NotificationTemplate.RECEIPT;
import static com.maintflow.notify.NotificationTemplate.REQUEST_CLOSED;
import static com.maintflow.notify.NotificationTemplate.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.acceptance.AcceptanceRound;
import com.maintflow.acceptance.Acceptances;
import com.maintflow.acceptance.CustomerOpinion;
import com.maintflow.answer.CustomerAnswers;
import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.archive.ArchiveRecord;
import com.maintflow.archive.Archives;
import com.maintflow.closure.MaintenanceSummaries;
import com.maintflow.closure.MaintenanceSummary;
import com.maintflow.implementation.MaintenanceRecord;
import com.maintflow.implementation.MaintenanceRecords;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.notify.RecordedNotificationRepository;
import com.maintflow.plan.MaintenancePlan;
import com.maintflow.plan.MaintenancePlans;
import com.maintflow.quote.Quote;
import com.maintflow.quote.Quotes;
import com.maintflow.receipt.CustomerReceipt;
import com.maintflow.receipt.CustomerReceiptRepository;
import com.maintflow.timeline.Timeline;
import com.maintflow.timeline.TimelineEntry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import com.maintflow.support.OrdinaryWeek;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Date;
import java.util.HexFormat;
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
 * Every path through {@code processes/maintenance-request.bpmn}, driven like staff and customers drive it: the real
 * delegates and listeners write real records, user tasks are completed with the forms' fields, the asynchronous
 * archive step runs as an explicit job. Each test opens its own request and looks only at its own ticket.
 *
 * <p>The job executor is off so no job runs behind a test's back, and the context gets its own in-memory database
 * so a job executor of another cached test context in the same JVM cannot take the archive job either.
 * Process test coverage is recorded for the class and must reach 100 % (see {@link ProcessCoverage}).
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-process-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class MaintenanceRequestProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String IMMEDIATE = "IMMEDIATE";
    private static final String DEEP = "DEEP";
    private static final String NO_MAINTENANCE = "NO_MAINTENANCE";

    private static final Staff CUSTOMER_SERVICE = new Staff("cs1", "customer-service");
    private static final Staff ENGINEER = new Staff("eng1", "maintenance-engineers");
    private static final Staff SUPERVISOR = new Staff("sup1", "supervisors");
    private static final Staff MANAGEMENT = new Staff("mgr1", "management");

    /**
     * Full class coverage of the process or the build fails; reports go to target/process-test-coverage/. Running a
     * single method needs {@code -Dmaintflow.process-coverage.at-least=0}, since one path never covers the process.
     */
    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class ProcessCoverage {

        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties(
                @Value("${maintflow.process-coverage.at-least:1.0}") double classCoverageAtLeast) {
            return ProcessEngineCoverageProperties.builder()
                    .assertClassCoverageAtLeast(classCoverageAtLeast)
                    .build();
        }
    }

    @Autowired private ProcessEngine processEngine;
    @Autowired private IntakeService intake;
    @Autowired private CustomerAnswers answers;
    @Autowired private MaintenanceRequests requests;
    @Autowired private Quotes quotes;
    @Autowired private MaintenancePlans plans;
    @Autowired private MaintenanceRecords maintenanceRecords;
    @Autowired private Acceptances acceptances;
    @Autowired private MaintenanceSummaries summaries;
    @Autowired private CustomerReceiptRepository receipts;
    @Autowired private Archives archives;
    @Autowired private RecordedNotificationRepository notifications;
    @Autowired private Timeline timeline;
    @Autowired private ObjectMapper objectMapper;
    @Autowired private JdbcTemplate jdbc;

    @BeforeEach
    void bindAssertionsToEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    // --- Registration ------------------------------------------------------------------------------------------------

    @Test
    void registeredRequestKeepsContactDetailsInRegisterNotInProcess() {
        // when
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // then: ids and decisions only, the contact lives in the register
        assertThat(request.process()).hasPassedInOrder("StartEvent_RequestReceived", "Task_RegisterRequest",
                "Task_AcknowledgeRequest").isWaitingAt("Task_ReviewRequest");
        assertThat(request.process()).variables()
                .containsOnlyKeys("ticket", "customerCode", "customerName", "channel", "title", "withinFreePeriod",
                        "initiator")
                .containsEntry("ticket", request.ticket())
                .containsEntry("customerCode", "C-WARRANTY")
                .containsEntry("withinFreePeriod", true);
        MaintenanceRequest stored = requests.byTicket(request.ticket());
        assertThat(stored.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(stored.getContactEmail()).isEqualTo(request.customer().contactEmail());
        assertThat(task("Task_ReviewRequest", request.process())).hasCandidateGroup(CUSTOMER_SERVICE.group());
        assertNotified(request, REQUEST_RECEIVED);
    }

    // --- No maintenance needed ---------------------------------------------------------------------------------------

    @Test
    void requestNeedingNoMaintenanceEndsWithReceiptAndIsArchived() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // when
        reviewRequest(request, review(NO_MAINTENANCE));
        archive(request);

        // then: the path
        assertThat(request.process()).hasPassedInOrder("StartEvent_RequestReceived", "Task_RegisterRequest",
                        "Task_AcknowledgeRequest", "Task_ReviewRequest", "Gateway_ReviewOutcome", "Gateway_ReceiptJoin",
                        "Task_SendReceipt", "Gateway_ArchiveJoin", "Task_ArchiveRequest", "EndEvent_RequestArchived")
                .hasNotPassed("Task_DecideCharging", "Task_ImplementMaintenance")
                .isEnded();

        // then: what the customer and staff see
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ARCHIVED);
        assertThat(receipts.findByTicket(request.ticket())).hasValueSatisfying(receipt -> {
            assertThat(receipt.getReason()).isEqualTo(CustomerReceipt.Reason.NO_MAINTENANCE_NEEDED);
            // the customer reads a fixed text; the reviewer's internal note stays on the feedback sheet
            assertThat(receipt.getNote()).contains("无需维护").doesNotContain(Review.NOTE);
        });
        assertNotified(request, REQUEST_RECEIVED, RECEIPT);
        assertThat(archives.verify(request.ticket()).valid()).isTrue();
    }

    // --- Immediate, free ---------------------------------------------------------------------------------------------

    @Test
    void immediateFreeMaintenanceRunsToClosureAndSealedArchive() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // when
        reviewRequest(request, review(IMMEDIATE));
        implementAcceptAndClose(request);

        // then: the path
        assertThat(request.process()).hasPassedInOrder("Task_ReviewRequest", "Gateway_ReviewOutcome",
                        "Task_DecideCharging", "Gateway_Charging", "Gateway_ChargingJoin", "Gateway_MaintenanceDepth",
                        "Gateway_ImplementationJoin", "Task_ImplementMaintenance", "Task_RequestAcceptance",
                        "Task_RecordAcceptanceAnswer", "Gateway_AcceptanceAnswerJoin", "Gateway_Accepted",
                        "Task_RecordCustomerOpinion", "Gateway_OpinionJoin", "Gateway_SummaryJoin",
                        "Task_WriteMaintenanceSummary", "Task_ConfirmClosure", "Gateway_Confirmed",
                        "Task_NotifyRequestClosed", "Gateway_ArchiveJoin", "Task_ArchiveRequest",
                        "EndEvent_RequestArchived")
                .hasNotPassed("Task_PrepareQuote", "Task_PrepareMaintenancePlan", "Task_SendReceipt")
                .isEnded();

        // then: the records
        MaintenanceRequest stored = requests.byTicket(request.ticket());
        assertThat(stored.getStatus()).isEqualTo(RequestStatus.ARCHIVED);
        assertThat(stored.isWithinFreePeriod()).isTrue();
        assertThat(stored.getCharging()).isEqualTo("FREE");
        assertThat(quotes.of(request.ticket())).isEmpty();
        assertThat(plans.of(request.ticket())).isEmpty();
        assertThat(maintenanceRecords.of(request.ticket()))
                .extracting(MaintenanceRecord::getRoundNumber, MaintenanceRecord::getRootCause,
                        MaintenanceRecord::getHoursSpent, MaintenanceRecord::getEngineer)
                .containsExactly(tuple(1, "索引缺失 / Missing index", new BigDecimal("2.5"), ENGINEER.user()));
        assertThat(acceptances.roundsOf(request.ticket()))
                .extracting(AcceptanceRound::getRoundNumber, AcceptanceRound::isAccepted,
                        AcceptanceRound::getAnsweredBy)
                .containsExactly(tuple(1, true, CUSTOMER_SERVICE.user()));
        assertThat(acceptances.opinionOf(request.ticket())).map(CustomerOpinion::getSatisfaction).contains(5);
        assertThat(summaries.of(request.ticket())).hasValueSatisfying(summary -> {
            assertThat(summary.getSummary()).isEqualTo("已修复月结报表 / Month-end report fixed");
            assertThat(summary.getConfirmedBy()).isEqualTo(CUSTOMER_SERVICE.user());
        });
        assertThat(receipts.findByTicket(request.ticket())).isEmpty();
        assertNotified(request, REQUEST_RECEIVED, READY_FOR_ACCEPTANCE, REQUEST_CLOSED);

        // then: the sealed archive holds those records and its hash checks out
        ArchiveRecord sealed = archives.of(request.ticket());
        assertThat(sha256Of(sealed.getContent())).isEqualTo(sealed.getSha256());
        assertThat(archives.verify(request.ticket()).valid()).isTrue();
        assertThat(historicVariable(request, "archiveSha256")).isEqualTo(sealed.getSha256());
        JsonNode content = json(sealed);
        assertThat(content.at("/ticket").asText()).isEqualTo(request.ticket());
        assertThat(content.at("/request/charging").asText()).isEqualTo("FREE");
        assertThat(content.at("/feedbackSheets/0/reviewOutcome").asText()).isEqualTo(IMMEDIATE);
        assertThat(content.at("/maintenanceRecords/0/rootCause").asText()).isEqualTo("索引缺失 / Missing index");
        assertThat(content.at("/acceptanceRounds/0/accepted").asBoolean()).isTrue();
        assertThat(content.at("/customerOpinion/satisfaction").asInt()).isEqualTo(5);
        assertThat(content.at("/maintenanceSummary/summary").asText()).isEqualTo("已修复月结报表 / Month-end report fixed");
        assertThat(content.at("/auditTrail/steps").findValuesAsText("activityId"))
                .contains("Task_ImplementMaintenance", "Task_ConfirmClosure", "Task_NotifyRequestClosed");
    }

    // --- Paid, quote approved by staff -------------------------------------------------------------------------------

    @Test
    void paidMaintenanceStartsAfterStaffRecordsApprovedQuote() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);
        reviewRequest(request, review(IMMEDIATE).serviceKind("USAGE"));

        // when
        prepareQuote(request);
        recordQuoteAnswer(request, true);

        // then: work starts after the approved quote
        assertThat(request.process()).hasPassedInOrder("Task_DecideCharging", "Gateway_Charging", "Task_PrepareQuote",
                        "Task_SendQuote", "Task_RecordQuoteAnswer", "Gateway_QuoteAnswerJoin", "Gateway_QuoteApproved",
                        "Gateway_ChargingJoin", "Gateway_MaintenanceDepth", "Gateway_ImplementationJoin")
                .hasNotPassed("BoundaryEvent_QuoteAnswered")
                .isWaitingAt("Task_ImplementMaintenance");
        assertThat(requests.byTicket(request.ticket()).getCharging()).isEqualTo("PAID");
        assertThat(quotes.of(request.ticket()))
                .extracting(Quote::getAmount, Quote::getPreparedBy, Quote::getApproved, Quote::getAnsweredBy)
                .containsExactly(
                        tuple(new BigDecimal("1200.00"), CUSTOMER_SERVICE.user(), true, CUSTOMER_SERVICE.user()));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.QUOTE_APPROVED);

        // when: the work is done and accepted
        implementAcceptAndClose(request);

        // then
        assertThat(request.process()).hasPassedInOrder("Task_RecordQuoteAnswer", "Task_ImplementMaintenance",
                "Task_NotifyRequestClosed", "Task_ArchiveRequest", "EndEvent_RequestArchived").isEnded();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ARCHIVED);
        assertNotified(request, REQUEST_RECEIVED, QUOTE, READY_FOR_ACCEPTANCE, REQUEST_CLOSED);
        assertThat(json(archives.of(request.ticket())).at("/quotes/0/approved").asBoolean()).isTrue();
    }

    // --- Paid, quote declined ----------------------------------------------------------------------------------------

    @Test
    void declinedQuoteEndsWithReceiptWithoutImplementation() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);
        reviewRequest(request, review(IMMEDIATE).serviceKind("USAGE"));
        prepareQuote(request);

        // when
        recordQuoteAnswer(request, false);
        archive(request);

        // then
        assertThat(request.process()).hasPassedInOrder("Task_PrepareQuote", "Task_SendQuote", "Task_RecordQuoteAnswer",
                        "Gateway_QuoteApproved", "Gateway_ReceiptJoin", "Task_SendReceipt", "Task_ArchiveRequest",
                        "EndEvent_RequestArchived")
                .hasNotPassed("Gateway_ChargingJoin", "Task_ImplementMaintenance")
                .isEnded();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ARCHIVED);
        assertThat(quotes.of(request.ticket())).extracting(Quote::getApproved).containsExactly(false);
        assertThat(receipts.findByTicket(request.ticket())).map(CustomerReceipt::getReason)
                .contains(CustomerReceipt.Reason.QUOTE_DECLINED);
        assertThat(maintenanceRecords.of(request.ticket())).isEmpty();
        assertNotified(request, REQUEST_RECEIVED, QUOTE, RECEIPT);
    }

    // --- Deep maintenance with a revised plan ------------------------------------------------------------------------

    @Test
    void deepMaintenanceRevisesPlanUntilCustomerConfirms() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(DEEP));

        // when: the first plan is sent back, the second confirmed
        prepareMaintenancePlan(request, "方案一：停机升级 / Plan 1: upgrade with downtime");
        recordPlanAnswer(request, false);
        prepareMaintenancePlan(request, "方案二：滚动升级 / Plan 2: rolling upgrade");
        recordPlanAnswer(request, true);

        // then
        assertThat(request.process()).hasPassedInOrder("Gateway_MaintenanceDepth", "Gateway_PlanJoin",
                        "Task_PrepareMaintenancePlan", "Task_SendMaintenancePlan", "Task_RecordPlanAnswer",
                        "Gateway_PlanAnswerJoin", "Gateway_PlanConfirmed", "Gateway_PlanJoin",
                        "Task_PrepareMaintenancePlan", "Task_SendMaintenancePlan", "Task_RecordPlanAnswer",
                        "Gateway_PlanConfirmed", "Gateway_ImplementationJoin")
                .isWaitingAt("Task_ImplementMaintenance");
        assertThat(timesPassed(request, "Task_PrepareMaintenancePlan")).isEqualTo(2);
        assertThat(plans.of(request.ticket()))
                .extracting(MaintenancePlan::getVersion, MaintenancePlan::getSummary, MaintenancePlan::getDueDate,
                        MaintenancePlan::getPreparedBy, MaintenancePlan::getConfirmed)
                .containsExactly(
                        tuple(1, "方案一：停机升级 / Plan 1: upgrade with downtime", PlanForm.DUE, ENGINEER.user(), false),
                        tuple(2, "方案二：滚动升级 / Plan 2: rolling upgrade", PlanForm.DUE, ENGINEER.user(), true));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.PLAN_CONFIRMED);

        // when
        implementAcceptAndClose(request);

        // then
        assertThat(request.process()).hasPassed("Task_ImplementMaintenance", "EndEvent_RequestArchived").isEnded();
        assertNotified(request, REQUEST_RECEIVED, PLAN_FOR_CONFIRMATION, PLAN_FOR_CONFIRMATION, READY_FOR_ACCEPTANCE,
                REQUEST_CLOSED);
        assertThat(json(archives.of(request.ticket())).at("/maintenancePlans")).hasSize(2);
    }

    // --- Acceptance rejected twice -----------------------------------------------------------------------------------

    @Test
    void rejectedAcceptanceReturnsToImplementationUntilAccepted() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));

        // when
        implementMaintenance(request, "第一次修复 / First fix");
        recordAcceptance(request, false, "仍然报错 / Still failing");
        implementMaintenance(request, "第二次修复 / Second fix");
        recordAcceptance(request, false, "部分报表仍错 / Some reports still wrong");
        implementMaintenance(request, "第三次修复 / Third fix");
        recordAcceptance(request, true, "全部正常 / All good");

        // then
        assertThat(request.process()).hasPassedInOrder("Task_ImplementMaintenance", "Gateway_Accepted",
                        "Gateway_ImplementationJoin", "Task_ImplementMaintenance", "Gateway_Accepted",
                        "Gateway_ImplementationJoin", "Task_ImplementMaintenance", "Gateway_Accepted")
                .isWaitingAt("Task_RecordCustomerOpinion");
        assertThat(request.process()).variables().containsEntry("acceptanceRounds", 3).containsEntry("accepted", true);
        assertThat(timesPassed(request, "Task_ImplementMaintenance")).isEqualTo(3);
        assertThat(maintenanceRecords.of(request.ticket()))
                .extracting(MaintenanceRecord::getRoundNumber, MaintenanceRecord::getRootCause)
                .containsExactly(tuple(1, "第一次修复 / First fix"), tuple(2, "第二次修复 / Second fix"),
                        tuple(3, "第三次修复 / Third fix"));
        assertThat(acceptances.roundsOf(request.ticket()))
                .extracting(AcceptanceRound::getRoundNumber, AcceptanceRound::isAccepted, AcceptanceRound::getNote)
                .containsExactly(tuple(1, false, "仍然报错 / Still failing"),
                        tuple(2, false, "部分报表仍错 / Some reports still wrong"), tuple(3, true, "全部正常 / All good"));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ACCEPTED);
        assertNotified(request, REQUEST_RECEIVED, READY_FOR_ACCEPTANCE, READY_FOR_ACCEPTANCE, READY_FOR_ACCEPTANCE);
    }

    // --- Summary sent back at final confirmation ---------------------------------------------------------------------

    @Test
    void summarySentBackAtFinalConfirmationIsRewrittenBeforeClosing() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementMaintenance(request, "索引缺失 / Missing index");
        recordAcceptance(request, true, "正常 / OK");
        recordCustomerOpinion(request, 4);
        writeSummary(request, "初稿 / Draft");

        // when
        confirmClosure(request, false);

        // then: back at the summary, nothing confirmed yet
        assertThat(request.process())
                .hasPassedInOrder("Task_ConfirmClosure", "Gateway_Confirmed", "Gateway_SummaryJoin")
                .hasNotPassed("Task_NotifyRequestClosed")
                .isWaitingAt("Task_WriteMaintenanceSummary");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.SUMMARY_RETURNED);
        assertThat(summaries.of(request.ticket())).map(MaintenanceSummary::getConfirmedAt).isEmpty();

        // when
        writeSummary(request, "终稿 / Final");
        confirmClosure(request, true);
        archive(request);

        // then
        assertThat(request.process()).hasPassedInOrder("Task_WriteMaintenanceSummary", "Task_ConfirmClosure",
                "Gateway_SummaryJoin", "Task_WriteMaintenanceSummary", "Task_ConfirmClosure",
                "Task_NotifyRequestClosed", "EndEvent_RequestArchived").isEnded();
        assertThat(summaries.of(request.ticket())).hasValueSatisfying(summary -> {
            assertThat(summary.getSummary()).isEqualTo("终稿 / Final");
            assertThat(summary.getConfirmedBy()).isEqualTo(CUSTOMER_SERVICE.user());
        });
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent)
                .containsSubsequence("SUMMARIZED", "SUMMARY_RETURNED", "SUMMARIZED", "CLOSED", "ARCHIVED");
        assertNotified(request, REQUEST_RECEIVED, READY_FOR_ACCEPTANCE, REQUEST_CLOSED);
    }

    // --- The customer's own answers by link --------------------------------------------------------------------------

    @Test
    void customerApprovingQuoteByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);
        reviewRequest(request, review(IMMEDIATE).serviceKind("USAGE"));
        prepareQuote(request);
        assertThat(answers.isWaiting(request.ticket(), CustomerAnswers.QUOTE_ANSWERED)).isTrue();

        // when
        answers.answerQuote(request.ticket(), true, request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_QuoteAnswered", "Task_RecordQuoteAnswer");
        assertThat(request.process()).isWaitingAt("Task_ImplementMaintenance");
        assertThat(quotes.of(request.ticket())).extracting(Quote::getApproved, Quote::getAnsweredBy)
                .containsExactly(tuple(true, request.customer().contactEmail()));

        // then: a second answer is refused and changes nothing
        assertThatThrownBy(() -> answers.answerQuote(request.ticket(), false, "someone@else.example"))
                .isInstanceOf(NotAwaitingAnswerException.class);
        assertThat(quotes.of(request.ticket())).extracting(Quote::getApproved, Quote::getAnsweredBy)
                .containsExactly(tuple(true, request.customer().contactEmail()));
    }

    @Test
    void customerConfirmingPlanByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(DEEP));
        prepareMaintenancePlan(request, "滚动升级 / Rolling upgrade");

        // when
        answers.answerPlan(request.ticket(), true, request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_PlanAnswered", "Task_RecordPlanAnswer");
        assertThat(request.process()).isWaitingAt("Task_ImplementMaintenance");
        assertThat(plans.of(request.ticket()))
                .extracting(MaintenancePlan::getVersion, MaintenancePlan::getConfirmed, MaintenancePlan::getAnsweredBy)
                .containsExactly(tuple(1, true, request.customer().contactEmail()));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.PLAN_CONFIRMED);
    }

    @Test
    void customerAcceptingByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementMaintenance(request, "索引缺失 / Missing index");

        // when
        answers.answerAcceptance(request.ticket(), true, "验收通过 / Accepted", request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_AcceptanceAnswered", "Task_RecordAcceptanceAnswer");
        assertThat(request.process()).isWaitingAt("Task_RecordCustomerOpinion");
        assertThat(request.process()).variables().containsEntry("accepted", true).containsEntry("acceptanceRounds", 1);
        assertThat(acceptances.roundsOf(request.ticket()))
                .extracting(AcceptanceRound::getRoundNumber, AcceptanceRound::isAccepted,
                        AcceptanceRound::getAnsweredBy)
                .containsExactly(tuple(1, true, request.customer().contactEmail()));
    }

    @Test
    void customerGivingOpinionByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementMaintenance(request, "索引缺失 / Missing index");
        recordAcceptance(request, true, "正常 / OK");

        // when
        answers.giveOpinion(request.ticket(), 4, "响应很快 / Quick response", request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_OpinionGiven", "Task_RecordCustomerOpinion");
        assertThat(request.process()).isWaitingAt("Task_WriteMaintenanceSummary");
        // Long, as the Tasklist form submits it (see CustomerAnswers.giveOpinion)
        assertThat(request.process()).variables().containsEntry("satisfaction", 4L);
        assertThat(acceptances.opinionOf(request.ticket())).hasValueSatisfying(opinion -> {
            assertThat(opinion.getSatisfaction()).isEqualTo(4);
            assertThat(opinion.getOpinion()).isEqualTo("响应很快 / Quick response");
            assertThat(opinion.getRecordedBy()).isEqualTo(request.customer().contactEmail());
        });
    }

    @Test
    void customerAnswersAreRefusedWhileRequestWaitsElsewhere() {
        // given: free immediate work, waiting for the engineer
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        String customer = request.customer().contactEmail();

        // when / then
        assertThatThrownBy(() -> answers.answerQuote(request.ticket(), true, customer))
                .isInstanceOf(NotAwaitingAnswerException.class).hasMessageContaining(request.ticket());
        assertThatThrownBy(() -> answers.answerPlan(request.ticket(), true, customer))
                .isInstanceOf(NotAwaitingAnswerException.class);
        assertThatThrownBy(() -> answers.answerAcceptance(request.ticket(), true, "OK", customer))
                .isInstanceOf(NotAwaitingAnswerException.class);
        assertThatThrownBy(() -> answers.giveOpinion(request.ticket(), 5, "OK", customer))
                .isInstanceOf(NotAwaitingAnswerException.class);

        // then: nothing stored, nothing moved
        assertThat(quotes.of(request.ticket())).isEmpty();
        assertThat(plans.of(request.ticket())).isEmpty();
        assertThat(acceptances.roundsOf(request.ticket())).isEmpty();
        assertThat(acceptances.opinionOf(request.ticket())).isEmpty();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.CHARGING_DECIDED);
        assertThat(request.process()).isWaitingAt("Task_ImplementMaintenance");
    }

    // --- The charging decision inside the process --------------------------------------------------------------------

    @Test
    void defectWithinSpecScopeAfterWarrantyIsFreeWithoutQuote() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);

        // when
        reviewRequest(request, review(IMMEDIATE).serviceKind("DEFECT").inSpecScope());

        // then
        assertThat(request.process()).hasPassed("Task_DecideCharging", "Gateway_ChargingJoin")
                .hasNotPassed("Task_PrepareQuote")
                .isWaitingAt("Task_ImplementMaintenance");
        assertThat(request.process()).variables().containsEntry("charging", "FREE")
                .containsEntry("withinFreePeriod", false).containsEntry("withinSpecScope", true);
        assertThat(requests.byTicket(request.ticket()).getCharging()).isEqualTo("FREE");
    }

    @Test
    void customerCausedFaultInWarrantyNeedsQuote() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // when
        reviewRequest(request, review(IMMEDIATE).serviceKind("DEFECT").inSpecScope().causedByCustomer());

        // then
        assertThat(request.process()).hasPassed("Task_DecideCharging")
                .hasNotPassed("Gateway_ChargingJoin")
                .isWaitingAt("Task_PrepareQuote");
        assertThat(request.process()).variables().containsEntry("charging", "PAID")
                .containsEntry("withinFreePeriod", true).containsEntry("customerCaused", true);
        assertThat(requests.byTicket(request.ticket()).getCharging()).isEqualTo("PAID");
        assertThat(task("Task_PrepareQuote", request.process())).hasCandidateGroup(CUSTOMER_SERVICE.group());
    }

    // --- Archiving is idempotent -------------------------------------------------------------------------------------

    @Test
    void archivingAgainKeepsTheSealedRecord() {
        // given: an archived request
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(NO_MAINTENANCE));
        archive(request);
        ArchiveRecord first = archives.of(request.ticket());

        // when
        ArchiveRecord again = archives.seal(request.ticket());

        // then
        assertThat(again.getSha256()).isEqualTo(first.getSha256());
        assertThat(again.getContent()).isEqualTo(first.getContent());
        assertThat(again.getArchivedAt()).isEqualTo(first.getArchivedAt());
        assertThat(jdbc.queryForObject("select count(*) from mf_archive_record where ticket = ?", Integer.class,
                request.ticket())).isEqualTo(1);
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent).containsOnlyOnce("ARCHIVED");
        assertThat(archives.verify(request.ticket()).valid()).isTrue();
    }

    // --- SLA escalation ----------------------------------------------------------------------------------------------

    @Test
    void implementationRunningLateIsEscalatedToEngineersSupervisorsAndManagementEachOnceAtItsMinute() {
        // given: received and reviewed at 09:00 as a major defect, so resolved within 2 hours around the clock
        Instant nine = OrdinaryWeek.mondayAt(LocalTime.of(9, 0));
        ClockUtil.setCurrentTime(Date.from(nine));
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        assertThat(job("BoundaryEvent_ResolutionWarning", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(90))));
        assertThat(job("BoundaryEvent_ResolutionBreached", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(120))));
        assertThat(job("BoundaryEvent_ResolutionManagement", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(180))));

        // when: three quarters of the time have run (level 1)
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(90))));
        execute(job("BoundaryEvent_ResolutionWarning", request.process()));

        // then: the engineers' group is warned by mail, it is noted, and the engineer keeps working
        assertThat(request.process()).hasPassed("BoundaryEvent_ResolutionWarning", "Task_WarnSupervisor",
                "EndEvent_SupervisorWarned").isWaitingAt("Task_ImplementMaintenance");
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent).containsOnlyOnce("SLA_WARNING");
        assertThat(notifications.findByTicketOrderByIdAsc(request.ticket()))
                .filteredOn(n -> n.getTemplate() == NotificationTemplate.SLA_WARNING)
                .extracting(RecordedNotification::getRecipient).contains("eng1@maintflow.example");

        // when: the deadline passes (level 2) and a supervisor handles the escalation
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(120))));
        execute(job("BoundaryEvent_ResolutionBreached", request.process()));

        // then: the late work moves up the engineers' Tasklist
        assertThat(task("Task_ImplementMaintenance", request.process()).getPriority()).isEqualTo(80);
        completeAs(SUPERVISOR, request, "Task_HandleEscalation",
                withVariables("escalationNote", "增派工程师 / Second engineer assigned", "reassignTo", "demo"));
        assertThat(task("Task_ImplementMaintenance", request.process()).getAssignee()).isEqualTo("demo");
        // back to the engineers' group, so the shared finishing steps below claim it as usual
        BpmnAwareTests.taskService().setAssignee(task("Task_ImplementMaintenance", request.process()).getId(), null);

        // when: half the target again has run (level 3) and management acts
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(180))));
        execute(job("BoundaryEvent_ResolutionManagement", request.process()));
        completeAs(MANAGEMENT, request, "Task_ManagementEscalation",
                withVariables("escalationNote", "与客户高层沟通 / Called the customer's management"));

        // then: every level fired once, and the request still runs to its archive
        assertThat(request.process()).hasPassed("BoundaryEvent_ResolutionBreached", "Task_HandleEscalation",
                "EndEvent_EscalationHandled", "BoundaryEvent_ResolutionManagement", "Task_ManagementEscalation",
                "EndEvent_ManagementEscalationHandled").isWaitingAt("Task_ImplementMaintenance");
        assertThat(List.of("BoundaryEvent_ResolutionWarning", "BoundaryEvent_ResolutionBreached",
                "BoundaryEvent_ResolutionManagement")).allSatisfy(
                        boundary -> assertThat(timesPassed(request, boundary)).isEqualTo(1));
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent)
                .containsOnlyOnce("SLA_WARNING").contains("SLA_ESCALATION_HANDLED");
        implementAcceptAndClose(request);
        assertThat(request.process()).isEnded();
    }

    @Test
    void planRunningLateIsEscalatedToPlanWritersSupervisorsAndManagementEachOnceAtItsMinute() {
        // given: received and reviewed at 09:00 as a major defect needing deep maintenance: within 2 hours around
        // the clock a detailed plan must go to the customer
        Instant nine = OrdinaryWeek.mondayAt(LocalTime.of(9, 0));
        ClockUtil.setCurrentTime(Date.from(nine));
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(DEEP));
        assertThat(job("BoundaryEvent_PlanWarning", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(90))));
        assertThat(job("BoundaryEvent_PlanBreached", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(120))));
        assertThat(job("BoundaryEvent_PlanManagement", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(180))));
        assertThat(task("Task_PrepareMaintenancePlan", request.process()).getDueDate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(120))));

        // when: three quarters of the plan time have run (level 1)
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(90))));
        execute(job("BoundaryEvent_PlanWarning", request.process()));

        // then: the engineers are warned by a plan-deadline mail, and the plan is still being written
        assertThat(request.process()).hasPassed("BoundaryEvent_PlanWarning", "Task_WarnPlan", "EndEvent_PlanWarned")
                .isWaitingAt("Task_PrepareMaintenancePlan");
        assertThat(notifications.findByTicketOrderByIdAsc(request.ticket()))
                .filteredOn(n -> n.getTemplate() == NotificationTemplate.SLA_PLAN_WARNING)
                .extracting(RecordedNotification::getRecipient).contains("eng1@maintflow.example");

        // when: the plan deadline passes (level 2) and a supervisor hands the plan to someone else
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(120))));
        execute(job("BoundaryEvent_PlanBreached", request.process()));
        assertThat(task("Task_PrepareMaintenancePlan", request.process()).getPriority()).isEqualTo(80);
        completeAs(SUPERVISOR, request, "Task_HandlePlanEscalation",
                withVariables("escalationNote", "由资深工程师编写 / A senior engineer writes it", "reassignTo", "demo"));
        assertThat(task("Task_PrepareMaintenancePlan", request.process()).getAssignee()).isEqualTo("demo");
        BpmnAwareTests.taskService().setAssignee(task("Task_PrepareMaintenancePlan", request.process()).getId(), null);

        // when: half the target again has run (level 3) and management acts
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(180))));
        execute(job("BoundaryEvent_PlanManagement", request.process()));
        completeAs(MANAGEMENT, request, "Task_ManagementPlanEscalation",
                withVariables("escalationNote", "与客户约定新时间 / Agreed a new date with the customer"));

        // then: every level fired once; the plan goes out late (a recorded breach) and the request runs on
        assertThat(request.process()).hasPassed("Task_HandlePlanEscalation", "EndEvent_PlanEscalationHandled",
                "Task_ManagementPlanEscalation", "EndEvent_ManagementPlanEscalationHandled");
        assertThat(List.of("BoundaryEvent_PlanWarning", "BoundaryEvent_PlanBreached", "BoundaryEvent_PlanManagement"))
                .allSatisfy(boundary -> assertThat(timesPassed(request, boundary)).isEqualTo(1));
        prepareMaintenancePlan(request, "滚动升级 / Rolling upgrade");
        assertThat(jdbc.queryForObject("select count(*) from mf_sla_breach where ticket = ? and clock = 'PLAN'",
                Integer.class, request.ticket())).isEqualTo(1);
        recordPlanAnswer(request, true);
        implementAcceptAndClose(request);
        assertThat(request.process()).isEnded();
    }

    @Test
    void warningOfAFiveByEightRequestThatFallsAfterHoursWaitsForTheNextWorkingMorning() {
        // given: a general defect on a 5x8 contract, received and reviewed at 16:30: 90 of its 120 working minutes
        // run out at 18:00, when the office closes
        Instant halfPastFour = OrdinaryWeek.mondayAt(LocalTime.of(16, 30));
        ClockUtil.setCurrentTime(Date.from(halfPastFour));
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // when
        reviewRequest(request, review(IMMEDIATE).severity("GENERAL"));

        // then: the warning is due at 09:00 of a later (working) day, not in the evening
        var warningDue = job("BoundaryEvent_ResolutionWarning", request.process()).getDuedate().toInstant()
                .atZone(SHANGHAI);
        assertThat(warningDue.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(warningDue.toLocalDate()).isAfter(halfPastFour.atZone(SHANGHAI).toLocalDate());
    }

    @Test
    void reviewTakenUpLateIsEscalatedToReviewersSupervisorsAndManagementEachOnceAtItsMinute() {
        // given: a premium (7x24) customer's request received at 09:00, provisionally answered within 10 minutes
        Instant nine = LocalDate.now(SHANGHAI).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                .atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant();
        ClockUtil.setCurrentTime(Date.from(nine));
        Request request = submitRequestFrom(DemoCustomer.PREMIUM);

        // then: the review carries all three levels at once (75 % of 10 minutes is 7.5, rounded up to whole
        // working minutes like every SLA point: +8; deadline +10; management share 1.5: +15), on a Saturday too
        assertThat(job("BoundaryEvent_ResponseWarning", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(8))));
        assertThat(job("BoundaryEvent_ResponseBreached", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(10))));
        assertThat(job("BoundaryEvent_ResponseManagement", request.process()).getDuedate())
                .isEqualTo(Date.from(nine.plus(Duration.ofMinutes(15))));

        // when: level 1 fires
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(8))));
        execute(job("BoundaryEvent_ResponseWarning", request.process()));

        // then: customer service is warned by mail and it is noted; the review still waits
        assertThat(request.process()).hasPassed("BoundaryEvent_ResponseWarning", "Task_WarnResponse",
                "EndEvent_ResponseWarned").isWaitingAt("Task_ReviewRequest");
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent).containsOnlyOnce("SLA_WARNING");
        // (the response warning says "response", not "resolution": its own subject and template)
        assertThat(notifications.findByTicketOrderByIdAsc(request.ticket()))
                .extracting(RecordedNotification::getTemplate).contains(NotificationTemplate.SLA_RESPONSE_WARNING)
                .doesNotContain(NotificationTemplate.SLA_WARNING);

        // when: the response deadline passes (level 2) and a supervisor handles it
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(10))));
        execute(job("BoundaryEvent_ResponseBreached", request.process()));
        completeAs(SUPERVISOR, request, "Task_HandleResponseEscalation",
                withVariables("escalationNote", "已安排客服评审 / A reviewer was assigned"));

        // when: half the target again has run (level 3) and management acts
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(15))));
        execute(job("BoundaryEvent_ResponseManagement", request.process()));
        completeAs(MANAGEMENT, request, "Task_ManagementResponseEscalation",
                withVariables("escalationNote", "已致电客户 / Called the customer"));

        // then: each level fired once
        assertThat(request.process()).hasPassed("BoundaryEvent_ResponseBreached", "Task_HandleResponseEscalation",
                "EndEvent_ResponseEscalationHandled", "BoundaryEvent_ResponseManagement",
                "Task_ManagementResponseEscalation", "EndEvent_ManagementResponseEscalationHandled")
                .isWaitingAt("Task_ReviewRequest");
        assertThat(List.of("BoundaryEvent_ResponseWarning", "BoundaryEvent_ResponseBreached",
                "BoundaryEvent_ResponseManagement")).allSatisfy(
                        boundary -> assertThat(timesPassed(request, boundary)).isEqualTo(1));
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent)
                .containsOnlyOnce("SLA_WARNING").contains("SLA_ESCALATION_HANDLED");

        // when: the review is finally done
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(16))));
        reviewRequest(request, review(IMMEDIATE));

        // then: the response timers went away with the review
        assertThat(List.of("BoundaryEvent_ResponseWarning", "BoundaryEvent_ResponseBreached",
                "BoundaryEvent_ResponseManagement")).allSatisfy(boundary -> assertThat(managementService()
                        .createJobQuery().processInstanceId(request.process().getId()).activityId(boundary).count())
                        .isZero());
    }

    @Test
    void responseEscalationOfAFiveByEightRequestWaitsForWorkingTimeButTheDeadlineStaysExact() {
        // given: a 5x8 request received at 11:50 on a working day: its 10 working minutes end at 12:00, lunch
        Instant tenToTwelve = OrdinaryWeek.mondayAt(LocalTime.of(11, 50));
        ClockUtil.setCurrentTime(Date.from(tenToTwelve));
        Request beforeLunch = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // then: the review is due at 12:00, but supervisors hear of it at 13:30, when work resumes; management
        // after 15 working minutes, 13:35
        LocalDate day = tenToTwelve.atZone(SHANGHAI).toLocalDate();
        assertThat(task("Task_ReviewRequest", beforeLunch.process()).getDueDate())
                .isEqualTo(Date.from(day.atTime(12, 0).atZone(SHANGHAI).toInstant()));
        assertThat(job("BoundaryEvent_ResponseWarning", beforeLunch.process()).getDuedate())
                .isEqualTo(Date.from(day.atTime(11, 58).atZone(SHANGHAI).toInstant()));
        assertThat(job("BoundaryEvent_ResponseBreached", beforeLunch.process()).getDuedate())
                .isEqualTo(Date.from(day.atTime(13, 30).atZone(SHANGHAI).toInstant()));
        assertThat(job("BoundaryEvent_ResponseManagement", beforeLunch.process()).getDuedate())
                .isEqualTo(Date.from(day.atTime(13, 35).atZone(SHANGHAI).toInstant()));

        // given: another received at 17:45, whose 15 working minutes run out at 18:00, when the office closes
        Instant quarterToSix = day.atTime(17, 45).atZone(SHANGHAI).toInstant();
        ClockUtil.setCurrentTime(Date.from(quarterToSix));
        Request beforeClosing = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // then: management is not called at 18:00 but at 09:00 of the next working day
        var managementDue = job("BoundaryEvent_ResponseManagement", beforeClosing.process()).getDuedate().toInstant()
                .atZone(SHANGHAI);
        assertThat(managementDue.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(managementDue.toLocalDate()).isAfter(day);
        assertThat(job("BoundaryEvent_ResponseBreached", beforeClosing.process()).getDuedate())
                .isEqualTo(Date.from(day.atTime(17, 55).atZone(SHANGHAI).toInstant()));
    }

    // --- Submitting a request ----------------------------------------------------------------------------------------

    private Request submitRequestFrom(DemoCustomer customer) {
        var submitted = intake.submit(new IntakeCommand(customer.code(), "王工 / Engineer Wang", customer.contactEmail(),
                "+86 10 1234 5678", "WEB", "ERP 财务模块 / ERP finance", "月结报表出错 / Month-end report fails",
                "月结时报表超时 / The month-end report times out."));
        ProcessInstance process = processInstanceQuery().processInstanceId(submitted.processInstanceId())
                .singleResult();
        assertThat(process).hasBusinessKey(submitted.ticket()).isWaitingAt("Task_ReviewRequest");
        return new Request(submitted.ticket(), process, customer);
    }

    // --- Steps, each completed like its form -------------------------------------------------------------------------

    private void reviewRequest(Request request, Review review) {
        completeAs(CUSTOMER_SERVICE, request, "Task_ReviewRequest", review.asFormVariables());
    }

    private void prepareQuote(Request request) {
        completeAs(CUSTOMER_SERVICE, request, "Task_PrepareQuote",
                withVariables("quoteAmount", 1200L, "quoteNote", "8 人日 / 8 person-days"));
    }

    private void recordQuoteAnswer(Request request, boolean approved) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordQuoteAnswer", withVariables("quoteApproved", approved));
    }

    private void prepareMaintenancePlan(Request request, String summary) {
        completeAs(ENGINEER, request, "Task_PrepareMaintenancePlan", PlanForm.of(summary));
    }

    private void recordPlanAnswer(Request request, boolean confirmed) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordPlanAnswer", withVariables("planConfirmed", confirmed));
    }

    private void implementMaintenance(Request request, String rootCause) {
        completeAs(ENGINEER, request, "Task_ImplementMaintenance", withVariables("rootCause", rootCause,
                "solution", "补建索引并重跑 / Index added, report re-run", "hoursSpent", 2.5));
    }

    private void recordAcceptance(Request request, boolean accepted, String note) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordAcceptanceAnswer",
                withVariables("accepted", accepted, "acceptanceNote", note));
    }

    private void recordCustomerOpinion(Request request, long satisfaction) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordCustomerOpinion",
                withVariables("satisfaction", satisfaction, "customerOpinion", "满意 / Satisfied"));
    }

    private void writeSummary(Request request, String summary) {
        completeAs(CUSTOMER_SERVICE, request, "Task_WriteMaintenanceSummary", withVariables("summary", summary));
    }

    private void confirmClosure(Request request, boolean confirmed) {
        completeAs(CUSTOMER_SERVICE, request, "Task_ConfirmClosure", withVariables("confirmed", confirmed));
    }

    /** The asynchronous archive step, run as the job executor would. */
    private void archive(Request request) {
        assertThat(request.process()).isWaitingAt("Task_ArchiveRequest");
        execute(job("Task_ArchiveRequest", request.process()));
    }

    /** From implementation to the archive: one round of work, accepted, rated, summarised, confirmed, archived. */
    private void implementAcceptAndClose(Request request) {
        implementMaintenance(request, "索引缺失 / Missing index");
        recordAcceptance(request, true, "正常 / OK");
        recordCustomerOpinion(request, 5);
        writeSummary(request, "已修复月结报表 / Month-end report fixed");
        confirmClosure(request, true);
        archive(request);
    }

    /** Claims the waiting task for a member of its candidate group and submits the form's fields. */
    private void completeAs(Staff staff, Request request, String taskKey, Map<String, Object> formFields) {
        assertThat(request.process()).isWaitingAt(taskKey);
        Task task = task(taskKey, request.process());
        assertThat(task).hasCandidateGroup(staff.group());
        claim(task, staff.user());
        complete(task, formFields);
    }

    // --- Checks ------------------------------------------------------------------------------------------------------

    private RequestStatus statusOf(Request request) {
        return requests.byTicket(request.ticket()).getStatus();
    }

    private void assertNotified(Request request, NotificationTemplate... templates) {
        var expected = Arrays.stream(templates).map(t -> tuple(t, request.customer().contactEmail())).toList();
        // Staff notices (task assigned, customer answered) go to staff addresses; these are the customer's mails.
        assertThat(notifications.findByTicketOrderByIdAsc(request.ticket()))
                .filteredOn(n -> n.getRecipient().equals(request.customer().contactEmail()))
                .extracting(RecordedNotification::getTemplate, RecordedNotification::getRecipient)
                .containsExactlyElementsOf(expected);
    }

    /** The customer's message fired the boundary event and no staff task is left to record the same answer. */
    private void assertAnsweredByCustomer(Request request, String boundaryEvent, String staffTask) {
        assertThat(request.process()).hasPassed(boundaryEvent);
        assertThat(taskQuery().processInstanceId(request.process().getId()).taskDefinitionKey(staffTask).count())
                .isZero();
    }

    private long timesPassed(Request request, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(request.process().getId())
                .activityId(activityId).finished().count();
    }

    private Object historicVariable(Request request, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(request.process().getId())
                .variableName(name).singleResult().getValue();
    }

    private JsonNode json(ArchiveRecord sealed) {
        try {
            return objectMapper.readTree(sealed.getContent());
        } catch (Exception e) {
            throw new AssertionError("Archive content of " + sealed.getTicket() + " is not JSON", e);
        }
    }

    private static String sha256Of(String content) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- Fixtures ----------------------------------------------------------------------------------------------------

    /** A demo customer of the test profile and the contact its requests name. */
    private enum DemoCustomer {
        IN_WARRANTY("C-WARRANTY", "it@warranty.example"),
        OUT_OF_WARRANTY("C-EXPIRED", "it@expired.example"),
        /** Contract calendar 7x24: the provisional response clock runs around the clock. */
        PREMIUM("C-PREMIUM", "ops@premium.example");

        private final String code;
        private final String contactEmail;

        DemoCustomer(String code, String contactEmail) {
            this.code = code;
            this.contactEmail = contactEmail;
        }

        String code() {
            return code;
        }

        String contactEmail() {
            return contactEmail;
        }
    }

    /** A demo staff member and the candidate group whose tasks they take. */
    private record Staff(String user, String group) {
    }

    /** A submitted request: its ticket, its process instance and who sent it. */
    private record Request(String ticket, ProcessInstance process, DemoCustomer customer) {
    }

    private static Review review(String reviewOutcome) {
        return new Review(reviewOutcome, "DEFECT", "MAJOR", false, false);
    }

    /** The review form's fields; a corrective, major defect outside spec scope unless told otherwise. */
    private record Review(String reviewOutcome, String serviceKind, String severity, boolean withinSpecScope,
                          boolean customerCaused) {

        static final String NOTE = "评审意见 / Review note";

        Review serviceKind(String kind) {
            return new Review(reviewOutcome, kind, severity, withinSpecScope, customerCaused);
        }

        Review severity(String level) {
            return new Review(reviewOutcome, serviceKind, level, withinSpecScope, customerCaused);
        }

        Review inSpecScope() {
            return new Review(reviewOutcome, serviceKind, severity, true, customerCaused);
        }

        Review causedByCustomer() {
            return new Review(reviewOutcome, serviceKind, severity, withinSpecScope, true);
        }

        Map<String, Object> asFormVariables() {
            return withVariables("maintenanceType", "CORRECTIVE", "serviceKind", serviceKind, "severity", severity,
                    "reviewOutcome", reviewOutcome, "withinSpecScope", withinSpecScope,
                    "customerCaused", customerCaused, "reviewNote", NOTE);
        }
    }

    /** The plan form's fields; its date field submits an ISO date string. */
    private static final class PlanForm {

        static final LocalDate DUE = LocalDate.of(2026, 12, 31);

        static Map<String, Object> of(String summary) {
            return withVariables("planSummary", summary, "planDueDate", DUE.toString());
        }
    }
}
