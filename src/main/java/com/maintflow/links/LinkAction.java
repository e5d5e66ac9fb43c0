package com.maintflow.links;

import com.maintflow.answer.CustomerAnswers;
import java.util.List;

/** The question a link answers, the message the process waits on for it, and the choices the page offers. */
public enum LinkAction {
    QUOTE(CustomerAnswers.QUOTE_ANSWERED, List.of(Choice.APPROVE, Choice.DECLINE)),
    PLAN(CustomerAnswers.PLAN_ANSWERED, List.of(Choice.CONFIRM, Choice.DECLINE)),
    ACCEPTANCE(CustomerAnswers.ACCEPTANCE_ANSWERED, List.of(Choice.ACCEPT, Choice.REJECT)),
    OPINION(CustomerAnswers.OPINION_GIVEN, List.of(Choice.RATE)),
    /** The reply to a complaint (complaint.bpmn, message ComplaintAnswered): 满意 / 不满意. */
    COMPLAINT_REPLY("ComplaintAnswered", List.of(Choice.SATISFIED, Choice.UNSATISFIED)),
    /** The satisfaction survey some days after archiving (satisfaction-survey.bpmn, message SurveyAnswered). */
    SURVEY("SurveyAnswered", List.of(Choice.ANSWER_SURVEY)),
    /** An attendee's registration for a training (training.bpmn; key {@code TR-2026-000001:<attendee>}). */
    REGISTRATION("TrainingRegistration", List.of(Choice.REGISTER)),
    /** An attendee's evaluation of a training (key {@code TR-2026-000001:<attendee>:E}): three scores and comments. */
    TRAINING_EVALUATION("TrainingEvaluated", List.of(Choice.EVALUATE)),
    /** The engineer has arrived at an emergency (emergency-response.bpmn, message EmergencyArrivalConfirmed). */
    ARRIVAL("EmergencyArrivalConfirmed", List.of(Choice.CONFIRM_ARRIVAL));

    /** One answer a customer can give; its lower-case name is the form value and the button id. */
    public enum Choice {
        APPROVE("同意报价 / Approve the quote"),
        DECLINE("不同意 / Decline"),
        CONFIRM("确认方案 / Confirm the plan"),
        ACCEPT("验收通过 / Accept the fix"),
        REJECT("验收不通过 / Reject the fix"),
        RATE("评价服务 / Rate the service"),
        SATISFIED("满意 / Satisfied"),
        UNSATISFIED("不满意 / Not satisfied"),
        ANSWER_SURVEY("填写满意度调查 / Answer the survey"),
        REGISTER("报名参加培训 / Register for the training"),
        EVALUATE("评价本次培训 / Evaluate the training"),
        CONFIRM_ARRIVAL("确认工程师已到场 / Confirm the engineer has arrived");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String key() {
            return name().toLowerCase();
        }

        /** What a mail shows the customer for this choice, Chinese first. */
        public String label() {
            return label;
        }
    }

    private final String messageName;
    private final List<Choice> choices;

    LinkAction(String messageName, List<Choice> choices) {
        this.messageName = messageName;
        this.choices = choices;
    }

    public String messageName() {
        return messageName;
    }

    public List<Choice> choices() {
        return choices;
    }
}
