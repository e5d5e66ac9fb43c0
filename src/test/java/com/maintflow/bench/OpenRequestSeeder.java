package com.maintflow.bench;

import com.maintflow.intake.IntakeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens real requests until the given number waits at review: each goes through MaintFlow's intake (register,
 * acknowledge, SLA clocks and timers, review task with due date and candidate group), exactly as one submitted
 * by a customer. Only the commits are batched (intake joins the surrounding transaction), which is what makes
 * 100,000 of them take minutes rather than an hour on MariaDB.
 */
final class OpenRequestSeeder {

    static final String REVIEW = "Task_ReviewRequest";

    private final IntakeService intake;
    private final TaskService tasks;
    private final TransactionTemplate transaction;

    OpenRequestSeeder(IntakeService intake, TaskService tasks, PlatformTransactionManager transactionManager) {
        this.intake = intake;
        this.tasks = tasks;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    long openAtReview() {
        return tasks.createTaskQuery().taskDefinitionKey(REVIEW).taskUnassigned().count();
    }

    /** Returns how many it opened. */
    long seedUpTo(String label, long target, int batch) {
        long missing = Math.max(0, target - openAtReview());
        var progress = Progress.of(label + " opening requests to " + String.format("%,d", target) + " at review", missing);
        long opened = 0;
        while (opened < missing) {
            int size = (int) Math.min(batch, missing - opened);
            long first = opened;
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < size; i++) {
                    intake.submit(MaintFlowFlow.command((int) (first + i)));
                }
            });
            opened += size;
            progress.at(opened);
        }
        return opened;
    }
}
