package com.maintflow.training;

import com.maintflow.tasklist.RequestSummary;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every task of the training process its caption ({@code <step> · <number> · <content>}) and the task-local
 * {@value #SUMMARY} its form shows (plan, registrations; customer text Markdown-escaped); the plan task gets the
 * default sessions (one per day), a sign-in sheet its session number, attendee list and everyone prefilled as present.
 * Fed by the Spring event bridge, for this process only.
 */
@Component
class TrainingTaskListener {

    static final String SUMMARY = "trainingSummary";
    static final String ATTENDEES = "attendeeList";

    private final Trainings trainings;

    TrainingTaskListener(Trainings trainings) {
        this.trainings = trainings;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' && #task.processDefinitionId != null"
            + " && #task.processDefinitionId.startsWith('" + TrainingService.PROCESS_KEY + ":')")
    void onTaskCreated(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        if (number == null || !trainings.exists(number)) {
            return;
        }
        var training = trainings.byNumber(number);
        String step = task.getBpmnModelElementInstance() == null ? task.getTaskDefinitionKey()
                : task.getBpmnModelElementInstance().getName();
        if ("Task_SignInSheet".equals(task.getTaskDefinitionKey())) {
            int session = SignInSheetListener.sessionOf(task);
            task.setVariableLocal("sessionNumber", session);
            training.session(session).ifPresent(s -> task.setVariableLocal("sessionLine",
                    RequestSummary.literal(s.line())));
            task.setVariableLocal("attendedNumbers", String.join(",", training.getAttendees().stream()
                    .map(a -> Integer.toString(a.getSeq())).toList()));
            step = step + " #" + session;
        }
        if ("Task_PlanTraining".equals(task.getTaskDefinitionKey())) {
            task.setVariableLocal("sessions", SessionPlan.format(SessionPlan.daily(training.getStartDate(),
                    training.getDays(), training.getSite())));
        }
        String caption = step + " · " + number + " · " + training.getContent();
        task.setName(caption.length() <= 255 ? caption : caption.substring(0, 254) + "…");
        task.setVariableLocal(RegisterTrainingDelegate.NUMBER, number);
        task.setVariableLocal(SUMMARY, summary(training));
        task.setVariableLocal(ATTENDEES, attendees(training));
    }

    static String summary(Training t) {
        StringBuilder out = new StringBuilder();
        line(out, "合同 / Contract", t.getContractNumber() + " " + t.getCustomerName());
        line(out, "地点 / Site", t.getSite());
        line(out, "开始 / Start", t.getStartDate() + " · " + t.getDays() + " 天 / days");
        line(out, "内容 / Content", clip(t.getContent()));
        if (!t.getInstructors().isEmpty()) {
            line(out, "讲师 / Instructors", String.join(", ", t.getInstructors()));
        }
        if (t.getLogistics() != null) {
            line(out, "行政后勤 / Administration and logistics", clip(t.getLogistics()));
        }
        t.getSessions().forEach(s -> line(out, "第 " + s.getSeq() + " 节 / Session " + s.getSeq(), s.line()
                + (s.isConfirmed() ? " · 已签到 / signed by " + s.getConfirmedBy() : "")));
        return out.toString().strip();
    }

    /** The numbered attendees with their registration state: what the trainers and the sign-in sheet see. */
    static String attendees(Training t) {
        StringBuilder out = new StringBuilder();
        t.getAttendees().forEach(a -> out.append(a.getSeq()).append(". ")
                .append(RequestSummary.literal(a.getName() + " · " + a.getEmail()
                        + (a.getPhone() == null ? "" : " · " + a.getPhone())))
                .append(a.getRole() == Attendee.Role.ADMINISTRATOR ? " · 管理员 / administrator" : " · 操作员 / operator")
                .append(a.getRegisteredAt() == null ? " · 未报名 / not registered" : " · 已报名 / registered")
                .append("\n"));
        return out.toString().strip();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("**").append(label).append("**: ").append(RequestSummary.literal(value)).append("\n\n");
    }

    private static String clip(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
