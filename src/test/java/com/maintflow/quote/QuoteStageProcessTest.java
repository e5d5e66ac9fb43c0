package com.maintflow.quote;

import static com.maintflow.notify.NotificationTemplate.QUOTE;
import static com.maintflow.notify.NotificationTemplate.READY_FOR_ACCEPTANCE;
import static com.maintflow.notify.NotificationTemplate.RECEIPT;
import static com.maintflow.notify.NotificationTemplate.REQUEST_CLOSED;
import static com.maintflow.notify.NotificationTemplate.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.maintflow.answer.CustomerAnswers;
import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.intake.RequestStatus;
import com.maintflow.receipt.CustomerReceipt;
import com.maintflow.support.MaintenanceProcessTestCase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * maintenance-request.bpmn, paid maintenance: the quote, the customer's decision by staff or by link. The steps
 * before the stage are driven by {@link MaintenanceProcessTestCase}.
 */
class QuoteStageProcessTest extends MaintenanceProcessTestCase {

    // --- Paid, quote approved by staff -------------------------------------------------------------------------------

    @Test
    void paidMaintenanceStartsAfterStaffRecordsApprovedQuote() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);
        reviewRequest(request, review(IMMEDIATE).serviceKind("USAGE"));

        // when
        prepareQuote(request);
        recordQuoteAnswer(request, true);

        // then: work starts after the approved quote
        assertThat(request.process()).hasPassedInOrder("Task_DecideCharging", "Gateway_Charging", "Task_PrepareQuote",
                        "Task_SendQuote", "Task_RecordQuoteAnswer", "Gateway_QuoteAnswerJoin", "Gateway_QuoteApproved",
                        "Gateway_ChargingJoin", "Gateway_MaintenanceDepth", "Gateway_ImplementationJoin")
                .hasNotPassed("BoundaryEvent_QuoteAnswered")
                .isWaitingAt("Task_ImplementMaintenance");
        assertThat(requests.byTicket(request.ticket()).getCharging()).isEqualTo("PAID");
        assertThat(quotes.of(request.ticket()))
                .extracting(Quote::getAmount, Quote::getPreparedBy, Quote::getApproved, Quote::getAnsweredBy)
                .containsExactly(
                        tuple(new BigDecimal("1200.00"), CUSTOMER_SERVICE.user(), true, CUSTOMER_SERVICE.user()));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.QUOTE_APPROVED);

        // when: the work is done and accepted
        implementAcceptAndClose(request);

        // then
        assertThat(request.process()).hasPassedInOrder("Task_RecordQuoteAnswer", "Task_ImplementMaintenance",
                "Task_NotifyRequestClosed", "Task_ArchiveRequest", "EndEvent_RequestArchived").isEnded();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ARCHIVED);
        assertNotified(request, REQUEST_RECEIVED, QUOTE, READY_FOR_ACCEPTANCE, REQUEST_CLOSED);
        assertThat(json(archives.of(request.ticket())).at("/quotes/0/approved").asBoolean()).isTrue();
    }
    // --- Paid, quote declined ----------------------------------------------------------------------------------------

    @Test
    void declinedQuoteEndsWithReceiptWithoutImplementation() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);
        reviewRequest(request, review(IMMEDIATE).serviceKind("USAGE"));
        prepareQuote(request);

        // when
        recordQuoteAnswer(request, false);
        archive(request);

        // then
        assertThat(request.process()).hasPassedInOrder("Task_PrepareQuote", "Task_SendQuote", "Task_RecordQuoteAnswer",
                        "Gateway_QuoteApproved", "Gateway_ReceiptJoin", "Task_SendReceipt", "Task_ArchiveRequest",
                        "EndEvent_RequestArchived")
                .hasNotPassed("Gateway_ChargingJoin", "Task_ImplementMaintenance")
                .isEnded();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ARCHIVED);
        assertThat(quotes.of(request.ticket())).extracting(Quote::getApproved).containsExactly(false);
        assertThat(receipts.findByTicket(request.ticket())).map(CustomerReceipt::getReason)
                .contains(CustomerReceipt.Reason.QUOTE_DECLINED);
        assertThat(maintenanceRecords.of(request.ticket())).isEmpty();
        assertNotified(request, REQUEST_RECEIVED, QUOTE, RECEIPT);
    }

    // --- The customer's own answers by link ---------------------------------------------------------------
    @Test
    void customerApprovingQuoteByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);
        reviewRequest(request, review(IMMEDIATE).serviceKind("USAGE"));
        prepareQuote(request);
        assertThat(answers.isWaiting(request.ticket(), CustomerAnswers.QUOTE_ANSWERED)).isTrue();

        // when
        answers.answerQuote(request.ticket(), true, request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_QuoteAnswered", "Task_RecordQuoteAnswer");
        assertThat(request.process()).isWaitingAt("Task_ImplementMaintenance");
        assertThat(quotes.of(request.ticket())).extracting(Quote::getApproved, Quote::getAnsweredBy)
                .containsExactly(tuple(true, request.customer().contactEmail()));

        // then: a second answer is refused and changes nothing
        assertThatThrownBy(() -> answers.answerQuote(request.ticket(), false, "someone@else.example"))
                .isInstanceOf(NotAwaitingAnswerException.class);
        assertThat(quotes.of(request.ticket())).extracting(Quote::getApproved, Quote::getAnsweredBy)
                .containsExactly(tuple(true, request.customer().contactEmail()));
    }
}
