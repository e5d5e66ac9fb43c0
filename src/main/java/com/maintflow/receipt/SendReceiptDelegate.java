package com.maintflow.receipt;

import static com.maintflow.system.Variables.text;

import com.maintflow.intake.ContactNotifier;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendReceipt}: writes the customer receipt and sends it (no maintenance, or quote declined). */
@Component
class SendReceiptDelegate implements JavaDelegate {

    private final CustomerReceiptRepository receipts;
    private final MaintenanceRequests requests;
    private final ContactNotifier contact;
    private final Actors actors;

    SendReceiptDelegate(CustomerReceiptRepository receipts, MaintenanceRequests requests, ContactNotifier contact,
                        Actors actors) {
        this.receipts = receipts;
        this.requests = requests;
        this.contact = contact;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        var reason = "NO_MAINTENANCE".equals(text(execution, "reviewOutcome"))
                ? CustomerReceipt.Reason.NO_MAINTENANCE_NEEDED : CustomerReceipt.Reason.QUOTE_DECLINED;
        receipts.save(new CustomerReceipt(ticket, reason, noteFor(reason), actors.now()));
        requests.advance(ticket, RequestStatus.RECEIPT_SENT, Actors.SYSTEM, "客户回执 / Receipt: " + reason);
        contact.notifyContact(ticket, NotificationTemplate.RECEIPT);
    }

    /** What the customer reads; the reviewer's internal note stays on the feedback sheet. */
    private static String noteFor(CustomerReceipt.Reason reason) {
        return switch (reason) {
            case NO_MAINTENANCE_NEEDED -> "经评审，本请求无需维护。 / After review, no maintenance is needed for this request.";
            case QUOTE_DECLINED -> "您未接受报价，本请求不再处理。 / You declined the quote, so no work will be done.";
        };
    }
}
