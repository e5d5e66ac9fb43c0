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
        receipts.save(new CustomerReceipt(ticket, reason, text(execution, "reviewNote"), actors.now()));
        requests.advance(ticket, RequestStatus.RECEIPT_SENT, Actors.SYSTEM, "客户回执 / Receipt: " + reason);
        contact.notifyContact(ticket, NotificationTemplate.RECEIPT);
    }
}
