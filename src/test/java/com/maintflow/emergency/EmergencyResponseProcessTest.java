package com.maintflow.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.links.LinkAction;
import com.maintflow.links.LinkAnswer;
import com.maintflow.links.LinkAnswers;
import com.maintflow.links.LinkRejectedException;
import com.maintflow.links.ActionLinks;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.sla.ClockKind;
import com.maintflow.sla.ClockState;
import com.maintflow.sla.SlaClocks;
import com.maintflow.sla.SlaEscalations;
import com.maintflow.sla.SlaReport;
import com.maintflow.sla.SlaReports;
import com.maintflow.support.MaintenanceProcessTestCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;

/**
 * Every path through {@code processes/emergency-response.bpmn}: a CRITICAL review starts it, staff declare one by
 * hand, on-call and management are mailed, dispatch tells the customer who comes when, arrival is confirmed by the
 * engineer or by the customer's signed link, the backup/restore checklist and post-incident review are recorded and
 * sealed with the request, and an emergency not restored in time gets a senior engineer and records its breaches.
 * The request itself goes on along its own path meanwhile. The engine clock is moved with {@link ClockUtil}.
 */
class EmergencyResponseProcessTest extends MaintenanceProcessTestCase {

    private static final String SENIOR = "eng2";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired private EmergencyResponses emergencies;
    @Autowired private SlaClocks clocks;
    @Autowired private SlaReports reports;
    @Autowired private ActionLinks links;
    @Autowired private LinkAnswers linkAnswers;
    @Autowired private IdentityService identity;

    @BeforeEach
    void secondEngineer() {
        if (identity.createUserQuery().userId(SENIOR).count() == 0) {
            var user = identity.newUser(SENIOR);
            user.setFirstName("高级工程师");
            user.setLastName("二号 / Senior engineer 2");
            user.setEmail(SENIOR + "@maintflow.example");
            identity.saveUser(user);
            identity.createMembership(SENIOR, "maintenance-engineers");
        }
    }

    @Test
    void criticalReviewStartsTheEmergencyWhichIsDispatchedConfirmedRestoredReviewedAndSealedWithTheRequest() {
        // given: a request of the 7x24 customer
        Request request = submitRequestFrom(DemoCustomer.PREMIUM);

        // when: customer service reviews it as CRITICAL
        reviewRequest(request, review(IMMEDIATE).severity("CRITICAL"));

        // then: its emergency response runs next to it, the on-call engineer and management are mailed at once,
        // and the request goes on along its own path
        ProcessInstance emergency = emergency(request.ticket());
        assertThat(emergency).hasPassed("Task_AlertOnCall").isWaitingAt("Task_DispatchEngineer");
        assertThat(request.process()).isWaitingAt("Task_ImplementMaintenance");
        assertThat(mails(request.ticket(), NotificationTemplate.EMERGENCY_DECLARED))
                .contains("eng1@maintflow.example", "mgr1@maintflow.example", "sup1@maintflow.example");
        assertThat(emergencies.of(request.ticket())).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(CriticalReviewListener.REASON))
                .satisfies(e -> assertThat(e.onSiteHours()).isEqualTo(4));
        assertThat(clockState(request.ticket(), ClockKind.ONSITE)).isEqualTo(ClockState.RUNNING);
        assertThat(task("Task_DispatchEngineer", emergency).getDueDate()).isNotNull();

        // when: a supervisor sends eng1, due in an hour
        dispatch(emergency, "eng1");

        // then: the customer is told who comes and when, with a link to confirm the arrival
        assertThat(emergency).hasPassed("Task_NotifyCustomer").isWaitingAt("Task_ConfirmArrival");
        String body = jdbc.queryForObject("select body from mf_notification where ticket = ? and template = ?",
                String.class, request.ticket(), NotificationTemplate.EMERGENCY_DISPATCHED.name());
        assertThat(body).contains("工程师一号 / Engineer 1", "+86 10 0000 0001", "/links/",
                "确认工程师已到场 / Confirm the engineer has arrived");
        assertThat(mails(request.ticket(), NotificationTemplate.EMERGENCY_DISPATCHED))
                .containsExactly(DemoCustomer.PREMIUM.contactEmail());

        // when: the engineer confirms being on site in Tasklist
        Task arrival = task("Task_ConfirmArrival", emergency);
        assertThat(arrival).isAssignedTo("eng1");
        complete(arrival, withVariables("arrived", true));

        // then: the on-site clock is met and the engineer restores service
        assertThat(clockState(request.ticket(), ClockKind.ONSITE)).isEqualTo(ClockState.MET);
        assertThat(emergency).hasPassed("Task_ConfirmArrival").hasNotPassed("Event_ArrivalConfirmedByCustomer")
                .isWaitingAt("Task_RestoreService");

        // when: service is restored with the checklist, and the supervisors review the incident
        restore(emergency);
        reviewIncident(emergency);

        // then: the emergency is over in time; its records are the request's
        assertThat(emergency).hasPassed("EndEvent_ServiceRestored", "EndEvent_EmergencyClosed").isEnded();
        assertThat(clockState(request.ticket(), ClockKind.RESTORE)).isEqualTo(ClockState.MET);
        EmergencyView view = emergencies.of(request.ticket()).get(0);
        assertThat(view.status()).isEqualTo(EmergencyStatus.REVIEWED);
        assertThat(view.arrivalConfirmedBy()).isEqualTo("eng1");
        assertThat(view.backupRestoreChecklist().backupLocation()).isEqualTo("nas01:/backup/erp-20261203");
        assertThat(view.postIncidentReview().rootCause()).isEqualTo("磁盘满 / Disk full");

        // when: the request goes its normal way to the archive
        implementAcceptAndClose(request);

        // then: the sealed archive carries the checklist and the post-incident review
        String sealed = archives.of(request.ticket()).getContent();
        assertThat(sealed).contains("\"emergencies\"", "nas01:/backup/erp-20261203", "磁盘满 / Disk full",
                "清理日志并加告警 / Log rotation and a disk alert");
        assertThat(archives.verify(request.ticket()).valid()).isTrue();

        // and: an archived request takes no further emergency
        assertThatThrownBy(() -> emergencies.declare(request.ticket(), "again", "cs1", Instant.now()))
                .isInstanceOf(ErrorResponseException.class).hasMessageContaining("archived");
    }

    @Test
    void customerConfirmsTheArrivalThroughTheSignedLinkAndTheEmergencyClocksRunWhileTheRequestWaitsOnTheCustomer() {
        // given: a request fixed and waiting for the customer's acceptance (its own clocks paused)
        Request request = submitRequestFrom(DemoCustomer.PREMIUM);
        reviewRequest(request, review(IMMEDIATE));
        assertThat(processInstanceQuery().processDefinitionKey(EmergencyResponses.PROCESS_KEY)
                .processInstanceBusinessKey(request.ticket()).count()).isZero();

        // when: customer service declares an emergency by hand
        var declared = emergencies.declare(request.ticket(), "生产系统停机 / Production down", "cs1", Instant.now());
        ProcessInstance emergency = emergency(request.ticket());
        assertThat(declared.processInstanceId()).isEqualTo(emergency.getId());

        // then: a second one is refused while it runs
        assertThatThrownBy(() -> emergencies.declare(request.ticket(), "again", "cs1", Instant.now()))
                .isInstanceOf(ErrorResponseException.class).hasMessageContaining("runs already");

        // when: the request waits on its customer's acceptance
        implementMaintenance(request, "索引缺失 / Missing index");

        // then: the request's resolution clock pauses, the emergency's clocks run on
        assertThat(clockState(request.ticket(), ClockKind.RESOLUTION)).isEqualTo(ClockState.PAUSED);
        assertThat(clockState(request.ticket(), ClockKind.ONSITE)).isEqualTo(ClockState.RUNNING);
        assertThat(clockState(request.ticket(), ClockKind.RESTORE)).isEqualTo(ClockState.RUNNING);

        // when: the engineer is dispatched and the customer follows the mail's link
        dispatch(emergency, "eng1");
        String token = token(links.linksFor(request.ticket(), NotificationTemplate.EMERGENCY_DISPATCHED)
                .get(LinkAction.Choice.CONFIRM_ARRIVAL.key()));
        assertThat(linkAnswers.open(token).action()).isEqualTo(LinkAction.ARRIVAL);
        linkAnswers.answer(token, new LinkAnswer(LinkAction.Choice.CONFIRM_ARRIVAL, Optional.empty(),
                Optional.empty(), Optional.empty()));

        // then: the arrival is the customer's, the engineer's task closed, on-site met, and the request still
        // waits for its acceptance answer
        assertThat(emergency).hasPassed("Event_ArrivalConfirmedByCustomer")
                .isWaitingAt("Task_RestoreService");
        assertThat(emergencies.of(request.ticket()).get(0).arrivalConfirmedBy()).isEqualTo("客户 / customer");
        assertThat(clockState(request.ticket(), ClockKind.ONSITE)).isEqualTo(ClockState.MET);
        assertThat(request.process()).isWaitingAt("Task_RecordAcceptanceAnswer");
        assertThat(mails(request.ticket(), NotificationTemplate.CUSTOMER_ANSWERED)).contains("eng1@maintflow.example");

        // and: the link is spent
        assertThatThrownBy(() -> linkAnswers.open(token)).isInstanceOf(LinkRejectedException.class);
    }

    @Test
    void notRestoredInTimeASupervisorAssignsASeniorEngineerWhoTakesOverAndTheBreachesShowInTheSlaReport() {
        // given: an emergency declared now, nobody dispatched yet
        Instant declaredAt = Instant.now();
        ClockUtil.setCurrentTime(Date.from(declaredAt));
        Request request = submitRequestFrom(DemoCustomer.PREMIUM);
        emergencies.declare(request.ticket(), "数据库宕机 / Database down", "sup1", declaredAt);
        ProcessInstance emergency = emergency(request.ticket());

        // when: three quarters of the 4 on-site hours have run
        ProcessInstance onSiteEscalation = escalation(request.ticket(), ClockKind.ONSITE);
        ClockUtil.setCurrentTime(job("Timer_WarningShare", onSiteEscalation).getDuedate());
        execute(job("Timer_WarningShare", onSiteEscalation));

        // then: the supervisors, whose dispatch is the late step, are warned
        assertThat(mails(request.ticket(), NotificationTemplate.SLA_ONSITE_WARNING)).contains("sup1@maintflow.example");

        // when: the engineer is sent 5 hours in, arrives, and is still at it 12 hours after the declaration
        ClockUtil.setCurrentTime(Date.from(declaredAt.plus(Duration.ofHours(5))));
        dispatch(emergency, "eng1");
        complete(task("Task_ConfirmArrival", emergency), withVariables("arrived", true));
        ClockUtil.setCurrentTime(Date.from(declaredAt.plus(Duration.ofHours(12)).plusSeconds(1)));
        execute(job("Timer_SeniorEngineerDue", emergency));

        // then: supervisors choose a senior engineer, while eng1 keeps working
        assertThat(emergency).isWaitingAt("Task_RestoreService", "Task_AssignSeniorEngineer");
        Task assign = task("Task_AssignSeniorEngineer", emergency);
        assertThat(assign).hasCandidateGroup("supervisors");
        claim(assign, "sup1");

        // when: the dispatched engineer is chosen again
        // then: refused, naming the field
        assertThatThrownBy(() -> complete(assign, withVariables("seniorEngineer", "eng1")))
                .hasMessageContaining("seniorEngineer");

        // when: the senior engineer is chosen
        complete(assign, withVariables("seniorEngineer", SENIOR));

        // then: the restore task is theirs (eng1 may still help), and they are mailed
        assertThat(emergency).hasPassed("EndEvent_SeniorAssigned").isWaitingAt("Task_RestoreService");
        Task restore = task("Task_RestoreService", emergency);
        assertThat(restore).isAssignedTo(SENIOR);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(restore.getId()))
                .anySatisfy(link -> assertThat(link.getUserId()).isEqualTo("eng1"));
        assertThat(mails(request.ticket(), NotificationTemplate.EMERGENCY_SENIOR_ASSIGNED))
                .containsExactly(SENIOR + "@maintflow.example");

        // when: the senior engineer restores service
        restore(emergency);
        reviewIncident(emergency);

        // then: both emergency clocks missed, recorded as breaches, and the contract's SLA report shows them
        assertThat(emergency).isEnded();
        assertThat(clockState(request.ticket(), ClockKind.ONSITE)).isEqualTo(ClockState.MISSED);
        assertThat(clockState(request.ticket(), ClockKind.RESTORE)).isEqualTo(ClockState.MISSED);
        assertThat(emergencies.of(request.ticket()).get(0).seniorEngineer()).isEqualTo(SENIOR);
        assertThat(emergencies.of(request.ticket()).get(0).backupRestoreChecklist().restoredBy()).isEqualTo(SENIOR);
        String contract = emergencies.of(request.ticket()).get(0).contractNumber();
        assertThat(contract).isNotNull();
        LocalDate day = LocalDate.ofInstant(declaredAt, SHANGHAI);
        SlaReport report = reports.report(contract, day.minusDays(1), day.plusDays(2), Instant.now());
        assertThat(report.compliance()).extracting(SlaReport.Compliance::clock)
                .contains(ClockKind.ONSITE, ClockKind.RESTORE);
        assertThat(report.compliance()).filteredOn(c -> c.clock() == ClockKind.RESTORE).singleElement()
                .satisfies(c -> assertThat(c.missed()).isPositive());
        assertThat(report.breaches()).extracting(SlaReport.Breach::ticket, SlaReport.Breach::clock)
                .contains(org.assertj.core.groups.Tuple.tuple(request.ticket(), ClockKind.ONSITE),
                        org.assertj.core.groups.Tuple.tuple(request.ticket(), ClockKind.RESTORE));
    }

    @Test
    void serviceRestoredWhileTheSeniorEngineerIsStillToBeChosenEndsThatChoice() {
        // given: an emergency on site, past its senior-engineer time, nobody chosen yet
        Instant declaredAt = Instant.now();
        ClockUtil.setCurrentTime(Date.from(declaredAt));
        Request request = submitRequestFrom(DemoCustomer.PREMIUM);
        emergencies.declare(request.ticket(), "网络中断 / Network outage", "cs1", declaredAt);
        ProcessInstance emergency = emergency(request.ticket());
        dispatch(emergency, "eng1");
        complete(task("Task_ConfirmArrival", emergency), withVariables("arrived", true));
        ClockUtil.setCurrentTime(Date.from(declaredAt.plus(Duration.ofHours(13))));
        execute(job("Timer_SeniorEngineerDue", emergency));
        assertThat(emergency).isWaitingAt("Task_RestoreService", "Task_AssignSeniorEngineer");

        // when: eng1 restores service first
        restore(emergency);

        // then: the choice of a senior engineer is withdrawn and the incident goes to review
        assertThat(emergency).hasPassed("EndEvent_ServiceRestored").hasNotPassed("EndEvent_SeniorAssigned")
                .isWaitingAt("Task_ReviewIncident");
        assertThat(taskQuery().processInstanceId(emergency.getId()).taskDefinitionKey("Task_AssignSeniorEngineer")
                .count()).isZero();
    }

    @Test
    void twoDeclarationsAtTheSameMomentStartOneEmergency() throws Exception {
        // given
        Request request = submitRequestFrom(DemoCustomer.PREMIUM);

        // when: two staff declare at once
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.Callable<Boolean> declare = () -> {
            ready.countDown();
            ready.await();
            try {
                emergencies.declare(request.ticket(), "停机 / Down", "cs1", Instant.now());
                return true;
            } catch (RuntimeException refused) {
                return false;
            }
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<Boolean> declared;
        try {
            var results = List.of(pool.submit(declare), pool.submit(declare));
            declared = List.of(results.get(0).get(), results.get(1).get());
        } finally {
            pool.shutdownNow();
        }

        // then: one emergency, one process, one alert per recipient
        assertThat(declared).containsOnlyOnce(true);
        assertThat(emergencies.of(request.ticket())).hasSize(1);
        assertThat(processInstanceQuery().processDefinitionKey(EmergencyResponses.PROCESS_KEY)
                .processInstanceBusinessKey(request.ticket()).count()).isEqualTo(1);
        assertThat(mails(request.ticket(), NotificationTemplate.EMERGENCY_DECLARED)).doesNotHaveDuplicates();
    }

    @Test
    void onlyACriticalReviewThatNeedsMaintenanceStartsAnEmergency() {
        // given
        Request major = submitRequestFrom(DemoCustomer.PREMIUM);
        Request criticalWithoutWork = submitRequestFrom(DemoCustomer.PREMIUM);

        // when: one is reviewed as MAJOR, the other as CRITICAL but needing no maintenance
        reviewRequest(major, review(IMMEDIATE));
        reviewRequest(criticalWithoutWork, review(NO_MAINTENANCE).severity("CRITICAL"));

        // then: neither has an emergency response
        for (Request request : List.of(major, criticalWithoutWork)) {
            assertThat(processInstanceQuery().processDefinitionKey(EmergencyResponses.PROCESS_KEY)
                    .processInstanceBusinessKey(request.ticket()).count()).isZero();
            assertThat(emergencies.of(request.ticket())).isEmpty();
        }
    }

    @Test
    void incompleteDispatchChecklistAndReviewAreRefusedNamingTheFields() {
        Request request = submitRequestFrom(DemoCustomer.PREMIUM);
        emergencies.declare(request.ticket(), "停机 / Down", "cs1", Instant.now());
        ProcessInstance emergency = emergency(request.ticket());

        // dispatch: not an engineer, no readable ETA
        Task dispatch = task("Task_DispatchEngineer", emergency);
        claim(dispatch, "sup1");
        assertThatThrownBy(() -> complete(dispatch, withVariables("engineer", "cs1", "eta", "soon")))
                .hasMessageContaining("engineer").hasMessageContaining("eta");
        assertThat(emergency).isWaitingAt("Task_DispatchEngineer");
        dispatch(emergency, "eng1");

        // arrival: not ticked
        Task arrival = task("Task_ConfirmArrival", emergency);
        assertThatThrownBy(() -> complete(arrival, withVariables("arrived", false))).hasMessageContaining("arrived");
        complete(arrival, withVariables("arrived", true));

        // checklist: a backup without its location, data not verified, no note for the untested restore
        Task restore = task("Task_RestoreService", emergency);
        assertThatThrownBy(() -> complete(restore, withVariables("backupTaken", true, "backupLocation", "",
                "restoreTested", false, "dataVerified", false, "restoreNote", "")))
                .hasMessageContaining("backupLocation").hasMessageContaining("dataVerified")
                .hasMessageContaining("restoreNote");
        assertThat(emergencies.of(request.ticket()).get(0).backupRestoreChecklist()).isNull();
        restore(emergency);

        // review: the root cause missing
        Task review = task("Task_ReviewIncident", emergency);
        claim(review, "sup1");
        assertThatThrownBy(() -> complete(review, withVariables("reviewTimeline", "10:00 宕机 / down",
                "rootCause", " ", "preventiveActions", "告警 / Alerting"))).hasMessageContaining("rootCause");
        assertThat(emergency).isWaitingAt("Task_ReviewIncident");
        assertThat(emergencies.of(request.ticket()).get(0).postIncidentReview()).isNull();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private void dispatch(ProcessInstance emergency, String engineer) {
        Task dispatch = task("Task_DispatchEngineer", emergency);
        if (dispatch.getAssignee() == null) {
            assertThat(dispatch).hasCandidateGroup("supervisors");
            claim(dispatch, "sup1");
        }
        String eta = EmergencyResponses.LOCAL.format(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(1)));
        complete(dispatch, withVariables("engineer", engineer, "eta", eta));
    }

    private void restore(ProcessInstance emergency) {
        complete(task("Task_RestoreService", emergency), withVariables("backupTaken", true,
                "backupLocation", "nas01:/backup/erp-20261203", "restoreTested", true, "dataVerified", true,
                "restoreNote", "已切换备用磁盘 / Switched to the spare disk"));
    }

    private void reviewIncident(ProcessInstance emergency) {
        Task review = task("Task_ReviewIncident", emergency);
        assertThat(review).hasCandidateGroup("supervisors");
        claim(review, "sup1");
        Map<String, Object> form = new HashMap<>(withVariables("reviewTimeline",
                "10:00 宣布 / declared; 11:00 到场 / on site; 12:30 恢复 / restored", "rootCause", "磁盘满 / Disk full",
                "preventiveActions", "清理日志并加告警 / Log rotation and a disk alert"));
        complete(review, form);
    }

    private ProcessInstance emergency(String ticket) {
        ProcessInstance instance = processInstanceQuery().processDefinitionKey(EmergencyResponses.PROCESS_KEY)
                .processInstanceBusinessKey(ticket).singleResult();
        assertThat(instance).as("emergency of " + ticket).isNotNull();
        return instance;
    }

    private ProcessInstance escalation(String ticket, ClockKind clock) {
        return processInstanceQuery().processDefinitionKey(SlaEscalations.PROCESS_KEY).processInstanceBusinessKey(ticket)
                .variableValueEquals("clock", clock.name()).singleResult();
    }

    private ClockState clockState(String ticket, ClockKind kind) {
        return clocks.of(ticket, Instant.now()).stream().filter(c -> c.clock() == kind).findFirst()
                .map(SlaClocks.ClockView::state).orElse(null);
    }

    private List<String> mails(String ticket, NotificationTemplate template) {
        return notifications.findByTicketOrderByIdAsc(ticket).stream().filter(n -> n.getTemplate() == template)
                .map(RecordedNotification::getRecipient).toList();
    }

    private static String token(String url) {
        assertThat(url).as("arrival link").isNotNull().contains("/links/");
        String tail = url.substring(url.indexOf("/links/") + "/links/".length());
        return tail.contains("?") ? tail.substring(0, tail.indexOf('?')) : tail;
    }
}
