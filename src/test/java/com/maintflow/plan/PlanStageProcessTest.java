package com.maintflow.plan;

import static com.maintflow.notify.NotificationTemplate.PLAN_FOR_CONFIRMATION;
import static com.maintflow.notify.NotificationTemplate.READY_FOR_ACCEPTANCE;
import static com.maintflow.notify.NotificationTemplate.REQUEST_CLOSED;
import static com.maintflow.notify.NotificationTemplate.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.maintflow.intake.RequestStatus;
import com.maintflow.support.MaintenanceProcessTestCase;
import org.junit.jupiter.api.Test;

/**
 * maintenance-request.bpmn, deep maintenance: the plan, revised until the customer confirms it, by staff or by
 * link. The steps before the stage are driven by {@link MaintenanceProcessTestCase}.
 */
class PlanStageProcessTest extends MaintenanceProcessTestCase {

    // --- Deep maintenance with a revised plan ------------------------------------------------------------------------

    @Test
    void deepMaintenanceRevisesPlanUntilCustomerConfirms() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(DEEP));

        // when: the first plan is sent back, the second confirmed
        prepareMaintenancePlan(request, "方案一：停机升级 / Plan 1: upgrade with downtime");
        recordPlanAnswer(request, false);
        prepareMaintenancePlan(request, "方案二：滚动升级 / Plan 2: rolling upgrade");
        recordPlanAnswer(request, true);

        // then
        assertThat(request.process()).hasPassedInOrder("Gateway_MaintenanceDepth", "Gateway_PlanJoin",
                        "Task_PrepareMaintenancePlan", "Task_SendMaintenancePlan", "Task_RecordPlanAnswer",
                        "Gateway_PlanAnswerJoin", "Gateway_PlanConfirmed", "Gateway_PlanJoin",
                        "Task_PrepareMaintenancePlan", "Task_SendMaintenancePlan", "Task_RecordPlanAnswer",
                        "Gateway_PlanConfirmed", "Gateway_ImplementationJoin")
                .isWaitingAt("Task_ImplementMaintenance");
        assertThat(timesPassed(request, "Task_PrepareMaintenancePlan")).isEqualTo(2);
        assertThat(plans.of(request.ticket()))
                .extracting(MaintenancePlan::getVersion, MaintenancePlan::getSummary, MaintenancePlan::getDueDate,
                        MaintenancePlan::getPreparedBy, MaintenancePlan::getConfirmed)
                .containsExactly(
                        tuple(1, "方案一：停机升级 / Plan 1: upgrade with downtime", PlanForm.DUE, ENGINEER.user(), false),
                        tuple(2, "方案二：滚动升级 / Plan 2: rolling upgrade", PlanForm.DUE, ENGINEER.user(), true));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.PLAN_CONFIRMED);

        // when
        implementAcceptAndClose(request);

        // then
        assertThat(request.process()).hasPassed("Task_ImplementMaintenance", "EndEvent_RequestArchived").isEnded();
        assertNotified(request, REQUEST_RECEIVED, PLAN_FOR_CONFIRMATION, PLAN_FOR_CONFIRMATION, READY_FOR_ACCEPTANCE,
                REQUEST_CLOSED);
        assertThat(json(archives.of(request.ticket())).at("/maintenancePlans")).hasSize(2);
    }

    // --- The customer's own answers by link ---------------------------------------------------------------
    @Test
    void customerConfirmingPlanByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(DEEP));
        prepareMaintenancePlan(request, "滚动升级 / Rolling upgrade");

        // when
        answers.answerPlan(request.ticket(), true, request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_PlanAnswered", "Task_RecordPlanAnswer");
        assertThat(request.process()).isWaitingAt("Task_ImplementMaintenance");
        assertThat(plans.of(request.ticket()))
                .extracting(MaintenancePlan::getVersion, MaintenancePlan::getConfirmed, MaintenancePlan::getAnsweredBy)
                .containsExactly(tuple(1, true, request.customer().contactEmail()));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.PLAN_CONFIRMED);
    }
}
