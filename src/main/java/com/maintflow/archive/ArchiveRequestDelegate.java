package com.maintflow.archive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ArchiveRequest} (asynchronous): seals the request. A retried job finds the sealed record
 * and keeps it, so archiving never produces a second record.
 */
@Component
class ArchiveRequestDelegate implements JavaDelegate {

    private final Archives archives;

    ArchiveRequestDelegate(Archives archives) {
        this.archives = archives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var sealed = archives.seal(execution.getProcessBusinessKey());
        execution.setVariable("archiveSha256", sealed.getSha256());
    }
}
