package com.maintflow.notify;

/** The messages MaintFlow sends, one per process event, each with its bilingual subject and Thymeleaf template. */
public enum NotificationTemplate {
    REQUEST_RECEIVED("已受理您的维护请求 / Your maintenance request was received"),
    RECEIPT("维护请求回执 / Receipt for your maintenance request"),
    QUOTE("维护报价，请确认 / Quote for your confirmation"),
    PLAN_FOR_CONFIRMATION("维护方案，请确认 / Maintenance plan for your confirmation"),
    READY_FOR_ACCEPTANCE("维护已完成，请验收 / Maintenance done, ready for your acceptance"),
    REQUEST_CLOSED("维护请求已关闭 / Maintenance request closed"),
    TASK_ASSIGNED("新待办任务 / New task for your group"),
    CUSTOMER_ANSWERED("客户已答复 / The customer answered"),
    SLA_WARNING("解决时限预警 / Resolution deadline approaching"),
    SLA_RESPONSE_WARNING("响应时限预警 / Response deadline approaching"),
    SLA_PLAN_WARNING("方案时限预警 / Plan deadline approaching"),
    SLA_INSPECTION_WARNING("巡检期限预警 / Inspection due soon"),
    SLA_COMPLAINT_WARNING("投诉答复时限预警 / Complaint reply due soon"),
    /** About a complaint, keyed by its number: it was received (complaint.bpmn). */
    COMPLAINT_RECEIVED("已收到您的投诉 / We received your complaint"),
    /** About a complaint: our reply, with the signed links 满意 / 不满意. */
    COMPLAINT_REPLY("投诉处理答复，请反馈 / Our reply to your complaint"),
    /** To the request's contact some working days after archiving: a signed single-use link to the survey. */
    SURVEY_INVITATION("满意度调查 / How satisfied are you with our service?"),
    /** The one reminder, with a fresh link, when the invitation is unanswered after some working days. */
    SURVEY_REMINDER("提醒：满意度调查 / Reminder: how satisfied are you with our service?"),
    /** About a contract, keyed by its number: its named engineers changed (人员变动及时通知甲方). */
    RESPONSIBLE_ENGINEER_CHANGED("负责工程师变更 / Your responsible engineer changed"),
    /** About an inspection, keyed by its business key (IN-…): the report to every contact of the customer. */
    INSPECTION_REPORT("巡检报告 / Inspection report"),
    /** About a training (TR-…), to each attendee: the notice with their own registration link (again on changes). */
    TRAINING_NOTICE("培训通知 / Training notice"),
    /** Staff notice to the trainers: materials not ready 3 working days before the start. */
    TRAINING_MATERIALS_REMINDER("培训资料提醒 / Training materials due"),
    /** To each attendee who signed in: the signed evaluation link. */
    TRAINING_EVALUATION("培训评价 / Please evaluate the training"),
    SLA_ONSITE_WARNING("应急到场时限预警 / Emergency on-site deadline approaching"),
    SLA_RESTORE_WARNING("应急恢复时限预警 / Emergency restore deadline approaching"),
    /** Staff (on-call engineers, management): an emergency was declared on a request (emergency-response.bpmn). */
    EMERGENCY_DECLARED("紧急故障，请立即响应 / Emergency declared, respond now"),
    /** To the request's contact: who is coming and when, with the signed link to confirm the arrival. */
    EMERGENCY_DISPATCHED("紧急故障：工程师已派出 / Emergency: an engineer is on the way"),
    /** Staff: a senior engineer takes over an emergency not restored in time. */
    EMERGENCY_SENIOR_ASSIGNED("紧急故障升级：请高级工程师接手 / Emergency escalated: senior engineer to take over"),
    /** Not a mail: a webhook delivery to a subscribed system (notify/webhook), riding the same outbox. */
    WEBHOOK("Webhook");

    private final String subject;

    NotificationTemplate(String subject) {
        this.subject = subject;
    }

    /** The subject line, Chinese first, prefixed with the ticket so replies can be matched to it. */
    public String subjectFor(String ticket) {
        return "[" + ticket + "] " + subject;
    }

    /** True for mails to the customer's contact; false for staff notices. */
    public boolean isForCustomer() {
        return this != TASK_ASSIGNED && this != CUSTOMER_ANSWERED && this != SLA_WARNING
                && this != SLA_RESPONSE_WARNING && this != SLA_PLAN_WARNING && this != SLA_INSPECTION_WARNING
                && this != SLA_COMPLAINT_WARNING && this != TRAINING_MATERIALS_REMINDER
                && this != SLA_ONSITE_WARNING && this != SLA_RESTORE_WARNING
                && this != EMERGENCY_DECLARED && this != EMERGENCY_SENIOR_ASSIGNED && this != WEBHOOK;
    }

    /** True for mails about one ticket, which its timeline lists; false for mails about a contract. */
    public boolean isAboutTicket() {
        return this != RESPONSIBLE_ENGINEER_CHANGED;
    }

    /** The template's name under {@code mail/}, e.g. {@code request-received}. */
    String templateName() {
        return name().toLowerCase().replace('_', '-');
    }
}
