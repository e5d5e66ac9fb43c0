package com.maintflow.complaint;

import com.maintflow.tasklist.RequestSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every task of the complaint process its caption ({@code <step> · <number> · <subject>}) and the task-local
 * {@value #SUMMARY} its form shows: the complaint as the customer stated it, Markdown-escaped like the request
 * summary, and what earlier steps recorded. Fed by the Spring event bridge, for this process only.
 */
@Component
class ComplaintTaskListener {

    static final String SUMMARY = "complaintSummary";
    private static final int LIMIT = 4000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Complaints complaints;

    ComplaintTaskListener(Complaints complaints) {
        this.complaints = complaints;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' && #task.processDefinitionId != null"
            + " && #task.processDefinitionId.startsWith('" + ComplaintService.PROCESS_KEY + ":')")
    void onTaskCreated(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        if (number == null || !complaints.exists(number)) {
            return;
        }
        var complaint = complaints.byNumber(number);
        String step = task.getBpmnModelElementInstance() == null ? task.getTaskDefinitionKey()
                : task.getBpmnModelElementInstance().getName();
        String caption = step + " · " + number + " · " + complaint.getSubject();
        task.setName(caption.length() <= 255 ? caption : caption.substring(0, 254) + "…");
        task.setVariableLocal(RegisterComplaintDelegate.NUMBER, number);
        task.setVariableLocal("customerName", complaint.getCustomer().getName());
        task.setVariableLocal(SUMMARY, summary(complaint));
    }

    static String summary(Complaint complaint) {
        StringBuilder out = new StringBuilder();
        line(out, "主题 / Subject", complaint.getSubject());
        line(out, "客户 / Customer", complaint.getCustomer().getCode() + " " + complaint.getCustomer().getName());
        line(out, "联系人 / Contact", complaint.getContactName() + " " + complaint.getContactEmail()
                + (complaint.getContactPhone() == null ? "" : " " + complaint.getContactPhone()));
        line(out, "渠道 / Channel", complaint.getChannel() + " · " + LOCAL.format(complaint.getReceivedAt()));
        if (complaint.getRelatedTicket() != null) {
            line(out, "相关工单 / Related request", complaint.getRelatedTicket());
        }
        if (complaint.isRepeated()) {
            out.append("**90 天内重复投诉 / Repeated within 90 days**\n\n");
        }
        line(out, "描述 / Description", clip(complaint.getDescription()));
        if (complaint.getRepeatReview() != null) {
            line(out, "管理层意见 / Management's note", clip(complaint.getRepeatReview()));
        }
        if (complaint.getFacts() != null) {
            line(out, "事实 / Facts", clip(complaint.getFacts()));
            line(out, "原因 / Cause", clip(complaint.getCause()));
            line(out, "责任 / Responsibility", clip(complaint.getResponsibility()));
        }
        complaint.getActions().forEach(action -> line(out, "纠正/预防措施 / Action", clip(action.getAction()) + " · "
                + action.getOwner() + " · " + action.getDueDate() + (action.isDone() ? " · 已完成 / done" : "")));
        if (complaint.getReplyText() != null) {
            line(out, "答复 / Reply", clip(complaint.getReplyText()));
        }
        if (complaint.getCustomerAnswer() != null) {
            line(out, "客户反馈 / Customer's answer", complaint.getCustomerAnswer().name());
        }
        String text = out.toString().strip();
        return text.length() <= LIMIT ? text : text.substring(0, text.lastIndexOf('\n', LIMIT - 2)) + "\n…";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("**").append(label).append("**: ").append(RequestSummary.literal(value)).append("\n\n");
    }

    private static String clip(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
