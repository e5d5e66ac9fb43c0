package com.maintflow.inspection;

import com.maintflow.archive.Archives;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ArchiveInspection} (asynchronous): seals the inspection (record with checklist, findings and tickets
 * raised, customer, timeline, audit trail) like a request; a retried job keeps the first sealed record.
 */
@Component
class ArchiveInspectionDelegate implements JavaDelegate {

    private final Inspections inspections;
    private final Archives archives;

    ArchiveInspectionDelegate(Inspections inspections, Archives archives) {
        this.inspections = inspections;
        this.archives = archives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        inspections.archived(key);
        var inspection = inspections.byKey(key);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", "INSPECTION");
        facts.put("customerName", inspections.customerName(inspection));
        facts.put("inspection", InspectionView.of(inspection));
        var sealed = archives.sealBundle(key, execution.getProcessInstanceId(), facts);
        execution.setVariable("archiveSha256", sealed.getSha256());
    }
}
