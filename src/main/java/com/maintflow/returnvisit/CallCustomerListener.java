package com.maintflow.returnvisit;

import static com.maintflow.system.Variables.decision;
import static com.maintflow.system.Variables.flag;
import static com.maintflow.system.Variables.integer;
import static com.maintflow.system.Variables.requiredText;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import com.maintflow.tasklist.FormText;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CallCustomer}: on create, gives the form the contract, customer and contacts to call (task-local
 * {@value #SUMMARY}); on complete, records the call and writes {@code reached}, {@code attempts}, {@code retryAt}
 * (the next working day's start) and {@code issueRaised}. A reached call needs a satisfaction 1–5, a raised issue
 * its title, system and description; otherwise completing is refused.
 */
@Component
class CallCustomerListener implements TaskListener {

    static final String SUMMARY = "returnVisitSummary";

    private final ReturnVisits visits;
    private final Actors actors;

    CallCustomerListener(ReturnVisits visits, Actors actors) {
        this.visits = visits;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(SUMMARY, summary(task));
            String contractNumber = requiredText(task, "contractNumber");
            String customer = visits.contract(contractNumber).map(c -> c.getCustomer().getName()).orElse("");
            String caption = "电话回访 / Call the customer · " + contractNumber + " · " + customer;
            task.setName(caption.length() <= 255 ? caption : caption.substring(0, 254) + "…");
            return;
        }
        boolean reached = decision(task, "reached");
        boolean issueRaised = reached && flag(task, "issueRaised");
        Optional<Integer> satisfaction = reached ? Optional.of(satisfaction(task)) : Optional.empty();
        if (issueRaised) {
            requiredText(task, "issueTitle");
            requiredText(task, "issueSystem");
            requiredText(task, "issueDescription");
        }
        int attempt = visits.recordCall(task.getExecution().getProcessBusinessKey(), new ReturnVisits.Call(
                requiredText(task, "calledContact"), reached, satisfaction, Optional.ofNullable(text(task, "remarks"))
                .filter(r -> !r.isBlank())), actors.of(task));
        task.getExecution().setVariable("attempts", (long) attempt);
        task.getExecution().setVariable("issueRaised", issueRaised);
        if (!reached) {
            task.getExecution().setVariable("retryAt", Date.from(visits.nextTry()));
        }
    }

    private static int satisfaction(DelegateTask task) {
        int score = integer(task, "satisfaction");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("满意度应为 1 到 5 / satisfaction must be 1 to 5");
        }
        return score;
    }

    private String summary(DelegateTask task) {
        String visitKey = task.getExecution().getProcessBusinessKey();
        String contractNumber = requiredText(task, "contractNumber");
        List<String> lines = new ArrayList<>();
        lines.add("**回访 / Visit:** " + FormText.literal(visitKey));
        visits.contract(contractNumber).ifPresent(contract -> {
            var customer = contract.getCustomer();
            lines.add("**客户 / Customer:** " + FormText.literal(customer.getCode() + " " + customer.getName()));
            var periodEnd = contract.getFreeMaintenanceEnd().isAfter(contract.getWarrantyEnd())
                    ? contract.getFreeMaintenanceEnd() : contract.getWarrantyEnd();
            lines.add("**合同 / Contract:** " + FormText.literal(contractNumber + " · " + contract.getServiceLevel()
                    + " · 维护期 / maintenance period " + contract.getWarrantyStart() + " – " + periodEnd));
            lines.add("**联系人 / Contacts:**");
            customer.getContacts().forEach(contact -> lines.add("• " + FormText.literal(contact.getName() + " · "
                    + contact.getEmail() + (contact.getPhone() == null ? "" : " · " + contact.getPhone()))));
        });
        Object attempts = task.getVariable("attempts");
        lines.add("**已拨打 / Calls so far:** " + (attempts == null ? 0 : attempts) + " / " + ReturnVisits.MAX_ATTEMPTS);
        return String.join("\n\n", lines);
    }
}
