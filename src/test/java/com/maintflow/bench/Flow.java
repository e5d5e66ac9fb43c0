package com.maintflow.bench;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;

/**
 * One way through a process, driven through Camunda's Java API as Tasklist and the job executor would: start,
 * then each user task claimed by a member of its candidate group and completed with its form's fields, then the
 * asynchronous last step run as a job. Each call is one transaction, so an instance costs {@link #commits()}.
 */
abstract class Flow {

    /** A user task of the main path and who completes it with which fields. */
    record UserStep(String taskKey, String user, Map<String, Object> formFields) {
    }

    static final String START = "start";
    static final String ASYNC_STEP = "Task_ArchiveRequest";

    private final TaskService tasks;
    private final ManagementService management;

    Flow(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        this.management = management;
    }

    abstract String name();

    /** Starts an instance; returns its id. */
    abstract String start(int index);

    abstract List<UserStep> userSteps();

    /** Step names in order: start, the user tasks, the asynchronous step. */
    List<String> stepNames() {
        var names = new java.util.ArrayList<String>();
        names.add(START);
        userSteps().forEach(step -> names.add(step.taskKey()));
        names.add(ASYNC_STEP);
        return names;
    }

    /** One empty {@link Latencies} per step name, for {@link #runOnce}. */
    List<Latencies> freshLatencies() {
        return stepNames().stream().map(name -> new Latencies()).toList();
    }

    /** Start, one claim and one completion per user task, one job. */
    int commits() {
        return 1 + 2 * userSteps().size() + 1;
    }

    /** Runs one instance to its end, adding each step's duration to {@code latencies} (same order as names). */
    void runOnce(int index, List<Latencies> latencies) {
        runOnce(index, latencies, System::nanoTime);
    }

    /**
     * Runs one instance to its end, adding to {@code measured} (same order as names) how far {@code reading} moved
     * during each step: nanoseconds for {@link System#nanoTime}, statements for {@link StatementCounter#total}.
     */
    void runOnce(int index, List<Latencies> measured, LongSupplier reading) {
        long begin = reading.getAsLong();
        String processInstanceId = start(index);
        measured.get(0).add(reading.getAsLong() - begin);
        int i = 1;
        for (UserStep step : userSteps()) {
            var task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(step.taskKey()).singleResult();
            if (task == null) {
                throw new IllegalStateException(name() + " instance " + processInstanceId + " is not at " + step.taskKey());
            }
            long stepBegin = reading.getAsLong();
            tasks.claim(task.getId(), step.user());
            tasks.complete(task.getId(), step.formFields());
            measured.get(i++).add(reading.getAsLong() - stepBegin);
        }
        var job = management.createJobQuery().processInstanceId(processInstanceId).activityId(ASYNC_STEP).singleResult();
        if (job == null) {
            throw new IllegalStateException(name() + " instance " + processInstanceId + " has no job at " + ASYNC_STEP);
        }
        long jobBegin = reading.getAsLong();
        management.executeJob(job.getId());
        measured.get(i).add(reading.getAsLong() - jobBegin);
    }
}
