package com.maintflow.emergency;

import com.maintflow.customer.Contract;
import com.maintflow.customer.CustomerViews.StaffView;
import com.maintflow.customer.StaffRoster;
import com.maintflow.identity.StaffGroup;
import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.notify.Notification;
import com.maintflow.notify.NotificationPort;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.StaffNotifier;
import com.maintflow.sla.ClockKind;
import com.maintflow.sla.SlaClocks;
import com.maintflow.system.Actors;
import com.maintflow.tasklist.FormText;
import com.maintflow.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency capability's public face: declare an emergency on a request (its record, its ONSITE and RESTORE
 * clocks from the declaration and its {@code emergency-response} instance, in one transaction), and the steps the
 * process's delegates and listeners record. Each in the caller's transaction.
 */
@Service
@Transactional
public class EmergencyResponses {

    public static final String PROCESS_KEY = "emergency-response";
    /** The process variable naming the instance's mf_emergency row. */
    static final String EMERGENCY_ID = "emergencyId";
    /** Emergencies run on the clock, not office hours. */
    static final String CALENDAR = "7x24";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private static final Logger log = LoggerFactory.getLogger(EmergencyResponses.class);

    /** What was declared: the ticket and its emergency's process instance. */
    public record Declared(String ticket, String processInstanceId) {
    }

    private final EmergencyRepository emergencies;
    private final MaintenanceRequests requests;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SlaClocks clocks;
    private final StaffRoster roster;
    private final StaffNotifier staff;
    private final NotificationPort notifications;
    private final Timeline timeline;
    private final StaffLookup staffLookup;

    EmergencyResponses(EmergencyRepository emergencies, MaintenanceRequests requests, RuntimeService runtime,
                       TaskService tasks, SlaClocks clocks, StaffRoster roster, StaffNotifier staff,
                       NotificationPort notifications, Timeline timeline, StaffLookup staffLookup) {
        this.staffLookup = staffLookup;
        this.emergencies = emergencies;
        this.requests = requests;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clocks = clocks;
        this.roster = roster;
        this.staff = staff;
        this.notifications = notifications;
        this.timeline = timeline;
    }

    /** True while an emergency-response instance runs for the ticket. */
    @Transactional(readOnly = true)
    public boolean isRunning(String ticket) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(ticket).count() > 0;
    }

    /**
     * Declares an emergency on the request: 404 for an unknown ticket, 409 while one runs or once the request is
     * archived. The clocks run from {@code at} on 7x24 with the contract's targets (defaults 4/4/12 hours).
     */
    public Declared declare(String ticket, String reason, String actor, Instant at) {
        MaintenanceRequest request = requests.byTicket(ticket);
        if (request.getStatus() == RequestStatus.ARCHIVED) {
            throw new EmergencyRefusedException(ticket, "the request is archived");
        }
        if (isRunning(ticket)) {
            throw new EmergencyRefusedException(ticket, "an emergency response runs already");
        }
        Contract contract = request.getContract();
        int onSite = contract == null ? Contract.DEFAULT_ON_SITE_HOURS : contract.onSiteHoursOrDefault();
        int restore = contract == null ? Contract.DEFAULT_RESTORE_HOURS : contract.restoreHoursOrDefault();
        int senior = contract == null ? Contract.DEFAULT_SENIOR_ENGINEER_HOURS
                : contract.seniorEngineerHoursOrDefault();
        String contractNumber = contract == null ? null : contract.getContractNumber();
        Emergency emergency;
        try {
            emergency = emergencies.saveAndFlush(new Emergency(ticket, reason.strip(), actor, at, contractNumber,
                    onSite, restore, senior));
        } catch (DataIntegrityViolationException concurrent) {
            // Declared at the same moment by someone else: their emergency runs; this transaction rolls back.
            throw new EmergencyRefusedException(ticket, "an emergency response runs already");
        }
        clocks.startClock(ticket, ClockKind.ONSITE, contractNumber, CALENDAR, onSite * 60L, at);
        clocks.startClock(ticket, ClockKind.RESTORE, contractNumber, CALENDAR, restore * 60L, at);
        timeline.append(ticket, "EMERGENCY_DECLARED", actor, "紧急故障 / Emergency declared: "
                + FormText.clip(reason.strip(), 200));
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(ticket)
                .setVariable("ticket", ticket)
                .setVariable(EMERGENCY_ID, emergency.getId())
                .setVariable("reason", reason.strip())
                .setVariable("seniorEngineerDueAt", Date.from(at.plus(Duration.ofHours(senior))))
                .setVariable("requestSummary", summary(request, emergency))
                .execute();
        emergency.started(instance.getId());
        log.info("Emergency declared on {} by {}: process {}", ticket, actor, instance.getId());
        return new Declared(ticket, instance.getId());
    }

    /** {@code Task_AlertOnCall}: mails the on-call engineers (all engineers if nobody is on call) and management. */
    void alert(long emergencyId) {
        Emergency emergency = byId(emergencyId);
        String ticket = emergency.getTicket();
        MaintenanceRequest request = requests.byTicket(ticket);
        Map<String, String> details = Map.of("reason", emergency.getReason(),
                "customerName", request.getCustomer().getName(),
                "onSiteBy", LOCAL.format(emergency.getDeclaredAt().plus(Duration.ofHours(emergency.getOnSiteHours()))),
                "restoreBy", LOCAL.format(emergency.getDeclaredAt().plus(Duration.ofHours(emergency.getRestoreHours()))));
        List<StaffView> onCall = roster.onCall();
        // One mail per person, whether on call, supervisor and manager at once.
        Set<String> recipients = new LinkedHashSet<>(onCall.isEmpty()
                ? staffLookup.membersOf(StaffGroup.MAINTENANCE_ENGINEERS.id())
                : onCall.stream().map(StaffView::userId).toList());
        recipients.addAll(staffLookup.membersOf(StaffGroup.SUPERVISORS.id()));
        recipients.addAll(staffLookup.membersOf(StaffGroup.MANAGEMENT.id()));
        recipients.forEach(user -> staff.notifyUser(ticket, NotificationTemplate.EMERGENCY_DECLARED, user, details));
        timeline.append(ticket, "EMERGENCY_ALERTED", Actors.SYSTEM, "已通知值班工程师与管理层 / On-call engineers and "
                + "management alerted" + (onCall.isEmpty() ? " (无值班，已通知全部工程师 / nobody on call: all engineers)"
                : ": " + String.join(", ", onCall.stream().map(StaffView::userId).toList())));
    }

    /** {@code Task_DispatchEngineer} completed. */
    String dispatch(long emergencyId, String engineer, Instant eta, String by) {
        Emergency emergency = byId(emergencyId);
        emergency.dispatched(engineer, eta, by);
        timeline.append(emergency.getTicket(), "EMERGENCY_DISPATCHED", by, "已派工 / Dispatched: " + engineer
                + "，预计到达 / ETA " + LOCAL.format(eta));
        return summary(requests.byTicket(emergency.getTicket()), emergency);

    }

    /** {@code Task_NotifyCustomer}: the request's contact is told who is coming and when, with the arrival link. */
    void notifyCustomer(long emergencyId) {
        Emergency emergency = byId(emergencyId);
        MaintenanceRequest request = requests.byTicket(emergency.getTicket());
        StaffView engineer = engineerView(emergency.getEngineer());
        notifications.send(new Notification(emergency.getTicket(), NotificationTemplate.EMERGENCY_DISPATCHED,
                request.getContactEmail(), Map.of("engineerName", engineer.displayName(),
                        "engineerPhone", engineer.phone() == null ? "" : engineer.phone(),
                        "eta", LOCAL.format(emergency.getEta()))));
    }

    /** Arrival confirmed, by the engineer in Tasklist or the customer's link; the ONSITE clock stops. */
    void arrived(long emergencyId, String confirmedBy, Instant at) {
        Emergency emergency = byId(emergencyId);
        emergency.arrived(at, confirmedBy);
        clocks.stop(emergency.getTicket(), ClockKind.ONSITE, at);
        timeline.append(emergency.getTicket(), "EMERGENCY_ON_SITE", confirmedBy, "工程师已到场 / Engineer on site");
    }

    /** {@code Task_AssignSeniorEngineer} completed: the senior engineer takes over the open restore task. */
    void assignSenior(long emergencyId, String senior, String by) {
        Emergency emergency = byId(emergencyId);
        emergency.seniorAssigned(senior);
        tasks.createTaskQuery().processInstanceId(emergency.getProcessInstanceId()).taskDefinitionKey("Task_RestoreService").list()
                .forEach(task -> {
                    tasks.setAssignee(task.getId(), senior);
                    if (emergency.getEngineer() != null) {
                        tasks.addCandidateUser(task.getId(), emergency.getEngineer());
                    }
                });
        staff.notifyUser(emergency.getTicket(), NotificationTemplate.EMERGENCY_SENIOR_ASSIGNED, senior,
                Map.of("reason", emergency.getReason(),
                        "engineer", emergency.getEngineer() == null ? "-" : emergency.getEngineer()));
        timeline.append(emergency.getTicket(), "EMERGENCY_SENIOR_ENGINEER", by, "未按时恢复，高级工程师接手 / Not "
                + "restored in " + emergency.getSeniorEngineerHours() + " h, senior engineer assigned: " + senior);
    }

    /** {@code Task_RestoreService} completed with its backup/restore checklist; the RESTORE clock stops. */
    void restored(long emergencyId, boolean backupTaken, String backupLocation, boolean restoreTested,
                  boolean dataVerified, String note, String by, Instant at) {
        Emergency emergency = byId(emergencyId);
        emergency.restored(backupTaken, backupLocation, restoreTested, dataVerified, note, by, at);
        clocks.stop(emergency.getTicket(), ClockKind.RESTORE, at);
        timeline.append(emergency.getTicket(), "EMERGENCY_RESTORED", by, "服务已恢复 / Service restored");
    }

    /** {@code Task_ReviewIncident} completed: the post-incident review. */
    void reviewed(long emergencyId, String reviewTimeline, String rootCause, String preventiveActions,
                  String by, Instant at) {
        Emergency emergency = byId(emergencyId);
        emergency.reviewed(reviewTimeline, rootCause, preventiveActions, by, at);
        timeline.append(emergency.getTicket(), "EMERGENCY_REVIEWED", by, "事后复盘已完成 / Post-incident review done");
    }

    @Transactional(readOnly = true)
    public List<EmergencyView> of(String ticket) {
        return emergencies.findByTicketOrderByIdAsc(ticket).stream().map(EmergencyView::of).toList();
    }

    @Transactional(readOnly = true)
    Emergency byId(long emergencyId) {
        return emergencies.findById(emergencyId).orElseThrow(() ->
                new IllegalStateException("No emergency " + emergencyId));
    }

    /** The emergency whose process waits now for the ticket, if any. */
    @Transactional(readOnly = true)
    java.util.Optional<Emergency> running(String ticket) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(ticket).list().stream().findFirst()
                .flatMap(instance -> emergencies.findByProcessInstanceId(instance.getId()));
    }

    StaffView engineerView(String userId) {
        return roster.views(List.of(userId)).stream().findFirst()
                .orElse(new StaffView(userId, userId, null, null, null));
    }

    @Transactional(readOnly = true)
    public boolean requestExists(String ticket) {
        return requests.exists(ticket);
    }

    String requestTitle(String ticket) {
        return requests.byTicket(ticket).getTitle();
    }

    /** What every form of the emergency shows above its fields; customer text Markdown-escaped. */
    private static String summary(MaintenanceRequest request, Emergency emergency) {
        Instant declared = emergency.getDeclaredAt();
        return "请求 / Request: " + FormText.literal(FormText.clip(request.getTitle(), 200))
                + "  \n客户 / Customer: " + FormText.literal(request.getCustomer().getName())
                + "  \n原因 / Reason: " + FormText.literal(FormText.clip(emergency.getReason(), 300))
                + "  \n到场时限 / On site by: " + LOCAL.format(declared.plus(Duration.ofHours(emergency.getOnSiteHours())))
                + "  \n恢复时限 / Restored by: " + LOCAL.format(declared.plus(Duration.ofHours(emergency.getRestoreHours())))
                + " (Asia/Shanghai)"
                + (emergency.getEngineer() == null ? "" : "  \n工程师 / Engineer: "
                        + FormText.literal(emergency.getEngineer()) + "，预计到达 / ETA " + LOCAL.format(emergency.getEta()));
    }
}
