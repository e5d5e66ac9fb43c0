package com.maintflow.inspection;

import com.maintflow.customer.ContractScheduleChanged;
import com.maintflow.customer.Customers;
import com.maintflow.system.Actors;
import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs {@code processes/inspection-schedule.bpmn}, one instance per contract (business key = contract number), on
 * {@link ContractScheduleChanged} (in the contract's saving transaction): a cycle that appears starts the schedule,
 * whose first step opens the current period's inspection within seconds; a changed cycle moves the waiting timer to
 * the new cycle's next period; a removed cycle or a deactivated contract ends it. Also the timer's date bean
 * ({@code ${inspectionSchedule.nextDueAt(execution)}}), which reads the contract as it stands: a schedule whose
 * contract lost its cycle while its start job ran (so the end message found nothing waiting) parks its timer at the
 * end of time instead of opening anything, and a cycle set again later moves that timer back.
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

    public static final String PROCESS_KEY = "inspection-schedule";
    static final String ENDED = "InspectionScheduleEnded";
    static final String TIMER = "Timer_NextPeriodDue";
    static final String CYCLE = "cycle";

    private static final Logger log = LoggerFactory.getLogger(InspectionSchedule.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final Actors actors;
    private final Customers customers;

    InspectionSchedule(RuntimeService runtime, ManagementService management, Actors actors, Customers customers) {
        this.runtime = runtime;
        this.management = management;
        this.actors = actors;
        this.customers = customers;
    }

    /** Where a schedule without a cycle waits: never, until a cycle is set again and moves the timer. */
    static final Instant PARKED = Instant.parse("9999-01-01T00:00:00Z");

    @EventListener
    void on(ContractScheduleChanged changed) {
        String number = changed.contractNumber();
        var running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(number).list();
        String cycle = changed.inspectionCycle() == null || changed.inspectionCycle().isBlank() ? null
                : Period.parse(changed.inspectionCycle().strip()).toString();
        if (cycle == null || !changed.active()) {
            if (!running.isEmpty()) {
                end(number, running);
            }
        } else if (running.isEmpty()) {
            runtime.startProcessInstanceByKey(PROCESS_KEY, number, Map.of("contractNumber", number, CYCLE, cycle));
            log.info("Inspection schedule of {} started, cycle {}", number, cycle);
        } else {
            running.forEach(instance -> move(instance, cycle));
        }
    }

    /** When the timer fires: the start of the period after the one due now, 00:00 Asia/Shanghai. */
    public Date nextDueAt(DelegateExecution execution) {
        var contract = customers.contractByNumber(execution.getProcessBusinessKey());
        if (contract.isEmpty() || !contract.get().isActive() || contract.get().inspectionCycle().isEmpty()) {
            return Date.from(PARKED);
        }
        return nextDueAt(contract.get().inspectionCycle().get().toString());
    }

    private Date nextDueAt(String cycle) {
        return Date.from(InspectionPeriod.containing(Period.parse(cycle), actors.now()).next().startsAt());
    }

    private void move(ProcessInstance instance, String cycle) {
        runtime.setVariable(instance.getId(), CYCLE, cycle);
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER).timers()
                .list()) {
            // Same job, new date: Camunda evaluates a timer's date only on entering it.
            management.setJobDuedate(job.getId(), nextDueAt(cycle));
        }
        log.info("Inspection schedule of {} now on cycle {}", instance.getBusinessKey(), cycle);
    }

    private void end(String number, java.util.List<ProcessInstance> running) {
        runtime.createMessageCorrelation(ENDED).processInstanceBusinessKey(number).correlateAll();
        // One not waiting at the gateway has its start job due or running: deleting it here raced the job executor
        // (optimistic lock, the clerk's save failed with a 500). Left alone, it reads the contract, opens nothing
        // and parks (nextDueAt).
        log.info("Inspection schedule of {} ended", number);
    }
}
