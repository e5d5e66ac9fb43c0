package com.maintflow.review;

import static com.maintflow.notify.NotificationTemplate.RECEIPT;
import static com.maintflow.notify.NotificationTemplate.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.RequestStatus;
import com.maintflow.receipt.CustomerReceipt;
import com.maintflow.support.MaintenanceProcessTestCase;
import org.junit.jupiter.api.Test;

/**
 * maintenance-request.bpmn, {@code Task_ReviewRequest} to {@code Gateway_Charging}: registration, review outcomes
 * and the charging decision. The steps before the stage are driven by {@link MaintenanceProcessTestCase}.
 */
class ReviewStageProcessTest extends MaintenanceProcessTestCase {

    // --- Registration ------------------------------------------------------------------------------------------------

    @Test
    void registeredRequestKeepsContactDetailsInRegisterNotInProcess() {
        // when
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // then: ids and decisions only, the contact lives in the register
        assertThat(request.process()).hasPassedInOrder("StartEvent_RequestReceived", "Task_RegisterRequest",
                "Task_AcknowledgeRequest").isWaitingAt("Task_ReviewRequest");
        assertThat(request.process()).variables()
                .containsOnlyKeys("ticket", "customerCode", "customerName", "channel", "title", "withinFreePeriod",
                        "initiator")
                .containsEntry("ticket", request.ticket())
                .containsEntry("customerCode", "C-WARRANTY")
                .containsEntry("withinFreePeriod", true);
        MaintenanceRequest stored = requests.byTicket(request.ticket());
        assertThat(stored.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(stored.getContactEmail()).isEqualTo(request.customer().contactEmail());
        assertThat(task("Task_ReviewRequest", request.process())).hasCandidateGroup(CUSTOMER_SERVICE.group());
        assertNotified(request, REQUEST_RECEIVED);
    }
    // --- No maintenance needed ---------------------------------------------------------------------------------------

    @Test
    void requestNeedingNoMaintenanceEndsWithReceiptAndIsArchived() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // when
        reviewRequest(request, review(NO_MAINTENANCE));
        archive(request);

        // then: the path
        assertThat(request.process()).hasPassedInOrder("StartEvent_RequestReceived", "Task_RegisterRequest",
                        "Task_AcknowledgeRequest", "Task_ReviewRequest", "Gateway_ReviewOutcome", "Gateway_ReceiptJoin",
                        "Task_SendReceipt", "Gateway_ArchiveJoin", "Task_ArchiveRequest", "EndEvent_RequestArchived")
                .hasNotPassed("Task_DecideCharging", "Task_ImplementMaintenance")
                .isEnded();

        // then: what the customer and staff see
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ARCHIVED);
        assertThat(receipts.findByTicket(request.ticket())).hasValueSatisfying(receipt -> {
            assertThat(receipt.getReason()).isEqualTo(CustomerReceipt.Reason.NO_MAINTENANCE_NEEDED);
            // the customer reads a fixed text; the reviewer's internal note stays on the feedback sheet
            assertThat(receipt.getNote()).contains("无需维护").doesNotContain(Review.NOTE);
        });
        assertNotified(request, REQUEST_RECEIVED, RECEIPT);
        assertThat(archives.verify(request.ticket()).valid()).isTrue();
    }
    // --- The charging decision inside the process --------------------------------------------------------------------

    @Test
    void defectWithinSpecScopeAfterWarrantyIsFreeWithoutQuote() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);

        // when
        reviewRequest(request, review(IMMEDIATE).serviceKind("DEFECT").inSpecScope());

        // then
        assertThat(request.process()).hasPassed("Task_DecideCharging", "Gateway_ChargingJoin")
                .hasNotPassed("Task_PrepareQuote")
                .isWaitingAt("Task_ImplementMaintenance");
        assertThat(request.process()).variables().containsEntry("charging", "FREE")
                .containsEntry("withinFreePeriod", false).containsEntry("withinSpecScope", true);
        assertThat(requests.byTicket(request.ticket()).getCharging()).isEqualTo("FREE");
    }

    @Test
    void customerCausedFaultInWarrantyNeedsQuote() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // when
        reviewRequest(request, review(IMMEDIATE).serviceKind("DEFECT").inSpecScope().causedByCustomer());

        // then
        assertThat(request.process()).hasPassed("Task_DecideCharging")
                .hasNotPassed("Gateway_ChargingJoin")
                .isWaitingAt("Task_PrepareQuote");
        assertThat(request.process()).variables().containsEntry("charging", "PAID")
                .containsEntry("withinFreePeriod", true).containsEntry("customerCaused", true);
        assertThat(requests.byTicket(request.ticket()).getCharging()).isEqualTo("PAID");
        assertThat(task("Task_PrepareQuote", request.process())).hasCandidateGroup(CUSTOMER_SERVICE.group());
    }

    // --- The customer's own answers by link ---------------------------------------------------------------
    @Test
    void customerAnswersAreRefusedWhileRequestWaitsElsewhere() {
        // given: free immediate work, waiting for the engineer
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        String customer = request.customer().contactEmail();

        // when / then
        assertThatThrownBy(() -> answers.answerQuote(request.ticket(), true, customer))
                .isInstanceOf(NotAwaitingAnswerException.class).hasMessageContaining(request.ticket());
        assertThatThrownBy(() -> answers.answerPlan(request.ticket(), true, customer))
                .isInstanceOf(NotAwaitingAnswerException.class);
        assertThatThrownBy(() -> answers.answerAcceptance(request.ticket(), true, "OK", customer))
                .isInstanceOf(NotAwaitingAnswerException.class);
        assertThatThrownBy(() -> answers.giveOpinion(request.ticket(), 5, "OK", customer))
                .isInstanceOf(NotAwaitingAnswerException.class);

        // then: nothing stored, nothing moved
        assertThat(quotes.of(request.ticket())).isEmpty();
        assertThat(plans.of(request.ticket())).isEmpty();
        assertThat(acceptances.roundsOf(request.ticket())).isEmpty();
        assertThat(acceptances.opinionOf(request.ticket())).isEmpty();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.CHARGING_DECIDED);
        assertThat(request.process()).isWaitingAt("Task_ImplementMaintenance");
    }
}
