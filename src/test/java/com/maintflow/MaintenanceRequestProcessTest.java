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
import java.time.LocalDate;
import java.util.Arrays;
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
            // The escalations every request starts are covered by sla/SlaEscalationProcessTest.
            return ProcessEngineCoverageProperties.builder()
                    .excludeProcessDefinitionKeys("sla-escalation")
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
