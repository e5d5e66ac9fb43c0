package com.maintflow.support;

import static org.assertj.core.api.Assertions.assertThat;
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
import com.maintflow.acceptance.Acceptances;
import com.maintflow.answer.CustomerAnswers;
import com.maintflow.archive.ArchiveRecord;
import com.maintflow.archive.Archives;
import com.maintflow.closure.MaintenanceSummaries;
import com.maintflow.implementation.MaintenanceRecords;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.notify.RecordedNotificationRepository;
import com.maintflow.plan.MaintenancePlans;
import com.maintflow.quote.Quotes;
import com.maintflow.receipt.CustomerReceiptRepository;
import com.maintflow.timeline.Timeline;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shared step driver of the maintenance-request process tests, one class per stage (review and charging,
 * quote, plan, implementation and acceptance, closure; escalation is sla/SlaEscalationProcessTest): each
 * step is completed like staff and customers complete it — the real delegates and listeners write real records, user
 * tasks are completed with their forms' fields by a member of the candidate group, the asynchronous archive step
 * runs as an explicit job. Each test opens its own request and looks only at its own ticket, so the stages share
 * one Spring context.
 *
 * <p>The job executor is off so no job runs behind a test's back, and the context gets its own in-memory database
 * so a job executor of another cached test context in the same JVM cannot take the archive job either.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-process-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(MaintenanceProcessTestCase.ProcessCoverage.class)
public abstract class MaintenanceProcessTestCase {


    protected static final String IMMEDIATE = "IMMEDIATE";
    protected static final String DEEP = "DEEP";
    protected static final String NO_MAINTENANCE = "NO_MAINTENANCE";

    protected static final Staff CUSTOMER_SERVICE = new Staff("cs1", "customer-service");
    protected static final Staff ENGINEER = new Staff("eng1", "maintenance-engineers");
    protected static final Staff SUPERVISOR = new Staff("sup1", "supervisors");
    protected static final Staff MANAGEMENT = new Staff("mgr1", "management");
    protected static final Staff DOCUMENT_MANAGER = new Staff("doc1", "document-managers");

    /**
     * Records process test coverage of every stage class in target/process-test-coverage/. Each stage covers its own
     * part of the diagram; ProcessCoverageIT fails the build unless together they cover every flow node and
     * sequence flow of every process.
     */
    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    public static class ProcessCoverage {

        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().build();
        }
    }

    @Autowired protected ProcessEngine processEngine;
    @Autowired protected IntakeService intake;
    @Autowired protected CustomerAnswers answers;
    @Autowired protected MaintenanceRequests requests;
    @Autowired protected Quotes quotes;
    @Autowired protected MaintenancePlans plans;
    @Autowired protected MaintenanceRecords maintenanceRecords;
    @Autowired protected Acceptances acceptances;
    @Autowired protected MaintenanceSummaries summaries;
    @Autowired protected CustomerReceiptRepository receipts;
    @Autowired protected Archives archives;
    @Autowired protected RecordedNotificationRepository notifications;
    @Autowired protected Timeline timeline;
    @Autowired protected ObjectMapper objectMapper;
    @Autowired protected JdbcTemplate jdbc;

    @BeforeEach
    void bindAssertionsToEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    // --- Submitting a request ----------------------------------------------------------------------------------------

    protected Request submitRequestFrom(DemoCustomer customer) {
        var submitted = intake.submit(new IntakeCommand(customer.code(), "王工 / Engineer Wang", customer.contactEmail(),
                "+86 10 1234 5678", "WEB", "ERP 财务模块 / ERP finance", "月结报表出错 / Month-end report fails",
                "月结时报表超时 / The month-end report times out."));
        ProcessInstance process = processInstanceQuery().processInstanceId(submitted.processInstanceId())
                .singleResult();
        assertThat(process).hasBusinessKey(submitted.ticket()).isWaitingAt("Task_ReviewRequest");
        return new Request(submitted.ticket(), process, customer);
    }
    // --- Steps, each completed like its form -------------------------------------------------------------------------

    protected void reviewRequest(Request request, Review review) {
        completeAs(CUSTOMER_SERVICE, request, "Task_ReviewRequest", review.asFormVariables());
    }

    protected void prepareQuote(Request request) {
        completeAs(CUSTOMER_SERVICE, request, "Task_PrepareQuote",
                withVariables("quoteAmount", 1200L, "quoteNote", "8 人日 / 8 person-days"));
    }

    protected void recordQuoteAnswer(Request request, boolean approved) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordQuoteAnswer", withVariables("quoteApproved", approved));
    }

    protected void prepareMaintenancePlan(Request request, String summary) {
        completeAs(ENGINEER, request, "Task_PrepareMaintenancePlan", PlanForm.of(summary));
    }

    protected void recordPlanAnswer(Request request, boolean confirmed) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordPlanAnswer", withVariables("planConfirmed", confirmed));
    }

    protected void implementMaintenance(Request request, String rootCause) {
        completeAs(ENGINEER, request, "Task_ImplementMaintenance", withVariables("rootCause", rootCause,
                "solution", "补建索引并重跑 / Index added, report re-run", "hoursSpent", 2.5));
    }

    protected void recordAcceptance(Request request, boolean accepted, String note) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordAcceptanceAnswer",
                withVariables("accepted", accepted, "acceptanceNote", note));
    }

    protected void recordCustomerOpinion(Request request, long satisfaction) {
        completeAs(CUSTOMER_SERVICE, request, "Task_RecordCustomerOpinion",
                withVariables("satisfaction", satisfaction, "customerOpinion", "满意 / Satisfied"));
    }

    protected void writeSummary(Request request, String summary) {
        completeAs(CUSTOMER_SERVICE, request, "Task_WriteMaintenanceSummary", withVariables("summary", summary));
    }

    protected void confirmClosure(Request request, boolean confirmed) {
        completeAs(CUSTOMER_SERVICE, request, "Task_ConfirmClosure", withVariables("confirmed", confirmed));
    }

    /** The document manager ticks the checklist (归档确认). */
    protected void confirmArchiving(Request request, String note) {
        completeAs(DOCUMENT_MANAGER, request, "Task_ConfirmArchiving",
                withVariables("archivingChecked", true, "archivingNote", note));
    }

    /** The document manager confirms, then the asynchronous archive step runs as the job executor would. */
    protected void archive(Request request) {
        confirmArchiving(request, null);
        assertThat(request.process()).isWaitingAt("Task_ArchiveRequest");
        execute(job("Task_ArchiveRequest", request.process()));
    }

    /** From implementation to the archive: one round of work, accepted, rated, summarised, confirmed, archived. */
    protected void implementAcceptAndClose(Request request) {
        implementMaintenance(request, "索引缺失 / Missing index");
        recordAcceptance(request, true, "正常 / OK");
        recordCustomerOpinion(request, 5);
        writeSummary(request, "已修复月结报表 / Month-end report fixed");
        confirmClosure(request, true);
        archive(request);
    }

    /** Claims the waiting task for a member of its candidate group and submits the form's fields. */
    protected void completeAs(Staff staff, Request request, String taskKey, Map<String, Object> formFields) {
        assertThat(request.process()).isWaitingAt(taskKey);
        Task task = task(taskKey, request.process());
        assertThat(task).hasCandidateGroup(staff.group());
        claim(task, staff.user());
        complete(task, formFields);
    }
    // --- Checks ------------------------------------------------------------------------------------------------------

    protected RequestStatus statusOf(Request request) {
        return requests.byTicket(request.ticket()).getStatus();
    }

    protected void assertNotified(Request request, NotificationTemplate... templates) {
        var expected = Arrays.stream(templates).map(t -> tuple(t, request.customer().contactEmail())).toList();
        // Staff notices (task assigned, customer answered) go to staff addresses; these are the customer's mails.
        assertThat(notifications.findByTicketOrderByIdAsc(request.ticket()))
                .filteredOn(n -> n.getRecipient().equals(request.customer().contactEmail()))
                .extracting(RecordedNotification::getTemplate, RecordedNotification::getRecipient)
                .containsExactlyElementsOf(expected);
    }

    /** The customer's message fired the boundary event and no staff task is left to record the same answer. */
    protected void assertAnsweredByCustomer(Request request, String boundaryEvent, String staffTask) {
        assertThat(request.process()).hasPassed(boundaryEvent);
        assertThat(taskQuery().processInstanceId(request.process().getId()).taskDefinitionKey(staffTask).count())
                .isZero();
    }

    protected long timesPassed(Request request, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(request.process().getId())
                .activityId(activityId).finished().count();
    }

    protected Object historicVariable(Request request, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(request.process().getId())
                .variableName(name).singleResult().getValue();
    }

    protected JsonNode json(ArchiveRecord sealed) {
        try {
            return objectMapper.readTree(sealed.getContent());
        } catch (Exception e) {
            throw new AssertionError("Archive content of " + sealed.getTicket() + " is not JSON", e);
        }
    }

    protected static String sha256Of(String content) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
    // --- Fixtures ----------------------------------------------------------------------------------------------------

    /** A demo customer of the test profile and the contact its requests name. */
    protected enum DemoCustomer {
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

        public String code() {
            return code;
        }

        public String contactEmail() {
            return contactEmail;
        }
    }

    /** A demo staff member and the candidate group whose tasks they take. */
    protected record Staff(String user, String group) {
    }

    /** A submitted request: its ticket, its process instance and who sent it. */
    protected record Request(String ticket, ProcessInstance process, DemoCustomer customer) {
    }

    protected static Review review(String reviewOutcome) {
        return new Review(reviewOutcome, "DEFECT", "MAJOR", false, false);
    }

    /** The review form's fields; a corrective, major defect outside spec scope unless told otherwise. */
    protected record Review(String reviewOutcome, String serviceKind, String severity, boolean withinSpecScope,
                          boolean customerCaused) {

        public static final String NOTE = "评审意见 / Review note";

        public Review serviceKind(String kind) {
            return new Review(reviewOutcome, kind, severity, withinSpecScope, customerCaused);
        }

        public Review severity(String level) {
            return new Review(reviewOutcome, serviceKind, level, withinSpecScope, customerCaused);
        }

        public Review inSpecScope() {
            return new Review(reviewOutcome, serviceKind, severity, true, customerCaused);
        }

        public Review causedByCustomer() {
            return new Review(reviewOutcome, serviceKind, severity, withinSpecScope, true);
        }

        public Map<String, Object> asFormVariables() {
            return withVariables("maintenanceType", "CORRECTIVE", "serviceKind", serviceKind, "severity", severity,
                    "reviewOutcome", reviewOutcome, "withinSpecScope", withinSpecScope,
                    "customerCaused", customerCaused, "reviewNote", NOTE);
        }
    }

    /** The plan form's fields; its date field submits an ISO date string. */
    protected static final class PlanForm {

        public static final LocalDate DUE = LocalDate.of(2026, 12, 31);

        public static Map<String, Object> of(String summary) {
            return withVariables("planSummary", summary, "planDueDate", DUE.toString());
        }
    }
}
