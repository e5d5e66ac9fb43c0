package com.maintflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups and what they may do, in every profile. Task access itself is not granted
 * here: Camunda gives a candidate group read/work rights on each task it is candidate for, which is
 * what keeps engineers out of customer-service tasks.
 */
@Component
class StaffGroupSetup {

    private static final Logger log = LoggerFactory.getLogger(StaffGroupSetup.class);
    static final String MAINTENANCE_PROCESS = "MaintenanceRequestProcess";
    /** complaint.bpmn (complaint capability), named here so identity does not depend on it. */
    static final String COMPLAINT_PROCESS = "complaint";
    static final String INSPECTION_PROCESS = "periodic-inspection";
    static final String TRAINING_PROCESS = "training";

    private final IdentityService identityService;
    private final StaffAuthorizations grants;

    StaffGroupSetup(IdentityService identityService, StaffAuthorizations grants) {
        this.identityService = identityService;
        this.grants = grants;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    void createGroupsAndGrants() {
        for (StaffGroup group : StaffGroup.values()) {
            createGroupIfMissing(group);
            grants.grant(group.id(), APPLICATION, "tasklist", ACCESS);
            grants.grant(group.id(), PROCESS_DEFINITION, MAINTENANCE_PROCESS, READ);
            grants.grant(group.id(), PROCESS_DEFINITION, COMPLAINT_PROCESS, READ);
            // Tasklist shows the process of a task; engineers work inspections (periodic-inspection.bpmn).
            grants.grant(group.id(), PROCESS_DEFINITION, INSPECTION_PROCESS, READ);
            // Customer service's aftercare tasks (return visits, low-score survey follow-ups) show their diagrams too.
            grants.grant(group.id(), PROCESS_DEFINITION, "return-visit", READ);
            grants.grant(group.id(), PROCESS_DEFINITION, "satisfaction-survey", READ);
            grants.grant(group.id(), PROCESS_DEFINITION, TRAINING_PROCESS, READ);
            if (group.oversees()) {
                grants.grant(group.id(), APPLICATION, "cockpit", ACCESS);
                grants.grant(group.id(), PROCESS_DEFINITION, Authorization.ANY, READ, READ_HISTORY, READ_INSTANCE);
                grants.grant(group.id(), PROCESS_INSTANCE, Authorization.ANY, READ);
                grants.grant(group.id(), DECISION_DEFINITION, Authorization.ANY, READ, READ_HISTORY);
                grants.grant(group.id(), DEPLOYMENT, Authorization.ANY, READ);
                // Supervisors and management may hand a late task to someone else (escalation, Tasklist).
                grants.grant(group.id(), TASK, Authorization.ANY, READ, TASK_ASSIGN);
                grants.grant(group.id(), HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
                grants.grant(group.id(), HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
            }
        }
        // Customer service registers phone and written requests and complaints from Tasklist's start forms.
        String cs = StaffGroup.CUSTOMER_SERVICE.id();
        grants.grant(cs, PROCESS_DEFINITION, MAINTENANCE_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(cs, PROCESS_DEFINITION, COMPLAINT_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(cs, PROCESS_INSTANCE, Authorization.ANY, CREATE);
        // Customer service and the trainers order trainings from Tasklist's start form (training.bpmn).
        grants.grant(cs, PROCESS_DEFINITION, TRAINING_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
        String trainers = StaffGroup.TRAINERS.id();
        grants.grant(trainers, PROCESS_DEFINITION, TRAINING_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(trainers, PROCESS_INSTANCE, Authorization.ANY, CREATE);
        createGroupIfMissing(StaffGroup.METRICS_SCRAPERS, "指标采集 / Metrics scrapers", "SYSTEM");
        log.info("Staff groups and authorizations in place");
    }

    private void createGroupIfMissing(StaffGroup staffGroup) {
        createGroupIfMissing(staffGroup.id(), staffGroup.label(), "WORKFLOW");
    }

    private void createGroupIfMissing(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        var group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
