package com.maintflow.support;

import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * Moves a demo request through the staff steps on the engine's Java API (claim, complete with the form's fields),
 * so tests of the customer pages start quickly where the customer is asked something; {@link RequestJourney}
 * is the over-HTTP way, for tests of the staff side.
 */
public final class RequestDriver {

    public static final String IN_WARRANTY = "C-WARRANTY";
    public static final String OUT_OF_WARRANTY = "C-EXPIRED";
    public static final String CONTACT_NAME = "王工 / Engineer Wang";

    private final ProcessEngine engine;
    private final IntakeService intake;

    public RequestDriver(ProcessEngine engine, IntakeService intake) {
        this.engine = engine;
        this.intake = intake;
    }

    /** A new request of {@code customerCode}'s demo contact, waiting for review; returns its ticket. */
    public String submit(String customerCode, String contactEmail) {
        return intake.submit(new IntakeCommand(customerCode, CONTACT_NAME, contactEmail, "+86 10 1234 5678", "WEB",
                "ERP 财务模块 / ERP finance", "月结报表出错 / Month-end report fails",
                "月结时报表超时 / The month-end report times out.")).ticket();
    }

    /** Paid work: reviewed as an immediate usage question out of warranty, quoted; the customer is asked. */
    public String waitingForQuoteAnswer() {
        String ticket = submit(OUT_OF_WARRANTY, "it@expired.example");
        review(ticket, "IMMEDIATE", "USAGE");
        complete(ticket, "Task_PrepareQuote", "cs1", Map.of("quoteAmount", 1200L, "quoteNote", "8 人日 / 8 days"));
        return ticket;
    }

    /** Free immediate fix done; the customer is asked to accept it. */
    public String waitingForAcceptance() {
        String ticket = submit(IN_WARRANTY, "it@warranty.example");
        review(ticket, "IMMEDIATE", "DEFECT");
        complete(ticket, "Task_ImplementMaintenance", "eng1", Map.of("rootCause", "索引缺失 / Missing index",
                "solution", "补建索引 / Index added", "hoursSpent", 2.5));
        return ticket;
    }

    /** Deep maintenance planned; the customer is asked to confirm the plan. */
    public String waitingForPlanAnswer() {
        String ticket = submit(IN_WARRANTY, "it@warranty.example");
        review(ticket, "DEEP", "DEFECT");
        complete(ticket, "Task_PrepareMaintenancePlan", "eng1", Map.of("planSummary", "重构报表 / Rework report",
                "planDueDate", LocalDate.of(2026, 12, 31).toString()));
        return ticket;
    }

    public void review(String ticket, String reviewOutcome, String serviceKind) {
        complete(ticket, "Task_ReviewRequest", "cs1", Map.of("maintenanceType", "CORRECTIVE", "serviceKind",
                serviceKind, "severity", "MAJOR", "reviewOutcome", reviewOutcome, "withinSpecScope", false,
                "customerCaused", false, "reviewNote", "评审意见 / Review note"));
    }

    /** Claims the ticket's open task {@code taskKey} for {@code user} and completes it with the form's fields. */
    public void complete(String ticket, String taskKey, String user, Map<String, Object> fields) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("Request " + ticket + " has no open task " + taskKey);
        }
        engine.getTaskService().claim(task.getId(), user);
        engine.getTaskService().complete(task.getId(), fields);
    }

    /** How many open tasks {@code taskKey} the ticket has (0 or 1). */
    public long openTasks(String ticket, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(taskKey).count();
    }

    /**
     * From implementation to the archive: one round of work, accepted, rated, summarised, confirmed, and the
     * asynchronous archive step run as the job executor would.
     */
    public void implementAcceptAndClose(String ticket) {
        complete(ticket, "Task_ImplementMaintenance", "eng1", Map.of("rootCause", "索引缺失 / Missing index",
                "solution", "补建索引 / Index added", "hoursSpent", 2.5));
        complete(ticket, "Task_RecordAcceptanceAnswer", "cs1", Map.of("accepted", true, "acceptanceNote", "正常 / OK"));
        complete(ticket, "Task_RecordCustomerOpinion", "cs1", Map.of("satisfaction", 5L,
                "customerOpinion", "满意 / Satisfied"));
        complete(ticket, "Task_WriteMaintenanceSummary", "cs1", Map.of("summary", "已修复 / Fixed"));
        complete(ticket, "Task_ConfirmClosure", "cs1", Map.of("confirmed", true));
        archive(ticket);
    }

    /** The document manager confirms archiving, then the request's archive job runs (the step is asynchronous). */
    public void archive(String ticket) {
        confirmArchiving(ticket);
        var job = engine.getManagementService().createJobQuery().processInstanceId(requestProcessId(ticket))
                .activityId("Task_ArchiveRequest").singleResult();
        if (job == null) {
            throw new IllegalStateException("Request " + ticket + " is not waiting to be archived");
        }
        engine.getManagementService().executeJob(job.getId());
    }

    /** 归档确认: the document manager ticks the checklist; the job executor, if running, then seals the request. */
    public void confirmArchiving(String ticket) {
        complete(ticket, "Task_ConfirmArchiving", "doc1", Map.of("archivingChecked", true));
    }

    /** The maintenance-request instance of the ticket (its SLA escalations share the business key). */
    public String requestProcessId(String ticket) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(IntakeService.PROCESS_KEY).processInstanceBusinessKey(ticket).singleResult()
                .getId();
    }

    public boolean passed(String ticket, String activityId) {
        String processInstanceId = requestProcessId(ticket);
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).count() > 0;
    }
}
