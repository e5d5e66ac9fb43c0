package com.maintflow.archive;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/** Who did what when, from Camunda history: every step, every user task and every user operation. */
@Component
class AuditTrail {

    private final HistoryService history;

    AuditTrail(HistoryService history) {
        this.history = history;
    }

    Map<String, Object> of(String processInstanceId) {
        Map<String, Object> trail = new LinkedHashMap<>();
        trail.put("steps", history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(a -> entry("activityId", a.getActivityId(), "name", a.getActivityName(),
                        "type", a.getActivityType(), "assignee", a.getAssignee(),
                        "started", instant(a.getStartTime()), "ended", instant(a.getEndTime()),
                        "canceled", a.isCanceled()))
                .toList());
        trail.put("tasks", history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(t -> entry("taskDefinitionKey", t.getTaskDefinitionKey(), "name", t.getName(),
                        "assignee", t.getAssignee(), "created", instant(t.getStartTime()),
                        "ended", instant(t.getEndTime()), "outcome", t.getDeleteReason()))
                .toList());
        trail.put("operations", history.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .orderByTimestamp().asc().list().stream()
                .map(o -> entry("userId", o.getUserId(), "operation", o.getOperationType(),
                        "entity", o.getEntityType(), "taskId", o.getTaskId(), "property", o.getProperty(),
                        "newValue", o.getNewValue(), "at", instant(o.getTimestamp())))
                .toList());
        return trail;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** An ordered map from alternating keys and values; null values are kept so absent facts show. */
    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

}
