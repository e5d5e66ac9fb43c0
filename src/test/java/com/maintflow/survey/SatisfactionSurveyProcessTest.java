package com.maintflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.calendar.WorkingDays;
import com.maintflow.links.ActionLinks;
import com.maintflow.links.LinkAnswers;
import com.maintflow.links.LinkRejectedException;
import com.maintflow.links.SurveyAnswer;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.support.MaintenanceProcessTestCase;
import com.maintflow.support.OrdinaryWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code processes/satisfaction-survey.bpmn}, started the way production starts it: a demo
 * request is closed and archived, which plans its survey. Timers run as explicit jobs at the moved engine clock; the
 * customer's answer arrives through {@link Surveys} as the link page sends it.
 */
class SatisfactionSurveyProcessTest extends MaintenanceProcessTestCase {

    private static final Instant MONDAY_TEN = OrdinaryWeek.mondayAt(LocalTime.of(10, 0));
    private static final Instant THURSDAY_NINE = OrdinaryWeek.monday().plusDays(3).atTime(9, 0)
            .atZone(OrdinaryWeek.SHANGHAI).toInstant();

    @Autowired private Surveys surveys;
    @Autowired private WorkingDays workingDays;
    @Autowired private ActionLinks actionLinks;
    @Autowired private LinkAnswers linkAnswers;

    @BeforeEach
    void archivedOnAMondayMorning() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_TEN));
    }

    @Test
    void goodAnswerBeforeTheReminderEndsTheSurveyWithoutFollowUp() {
        // given: a request archived on Monday; the invitation is planned for Thursday 09:00 (3 working days on 5x8)
        String ticket = archivedRequest();
        ProcessInstance survey = surveyOf(ticket);
        assertThat(survey).isWaitingAt("Timer_InvitationDue").variables()
                .containsEntry("ticket", ticket).containsEntry("inviteAt", Date.from(THURSDAY_NINE));
        assertThat(job("Timer_InvitationDue", survey).getDuedate()).isEqualTo(Date.from(THURSDAY_NINE));

        // when: Thursday comes and the contact answers
        invite(survey);
        surveys.answer(ticket, new SurveyAnswer(4, 5, 4, 5, Optional.of("很好 / Well done")), CONTACT);

        // then
        assertThat(survey).hasPassedInOrder("Timer_InvitationDue", "Task_SendSurveyInvitation",
                "BoundaryEvent_SurveyAnswered", "Gateway_LowScore", "EndEvent_SurveyAnswered").isEnded();
        assertThat(surveyMails(ticket)).containsExactly(NotificationTemplate.SURVEY_INVITATION);
        Survey answered = surveys.of(ticket);
        assertThat(answered.getInvitedAt()).isEqualTo(THURSDAY_NINE);
        assertThat(answered.getContractNumber()).isEqualTo("CT-WARRANTY-01");
        assertThat(answered.engineer()).contains("eng1");
        assertThat(answered.getContactEmail()).isEqualTo(DemoCustomer.IN_WARRANTY.contactEmail());
        assertThat(answered.getOverall()).isEqualTo(4);
        assertThat(answered.getResponseSpeed()).isEqualTo(5);
        assertThat(answered.getFixQuality()).isEqualTo(4);
        assertThat(answered.getStaffAttitude()).isEqualTo(5);
        assertThat(answered.getComments()).isEqualTo("很好 / Well done");
        assertThat(surveys.isWaiting(ticket)).isFalse();
    }

    @Test
    void lowScoreAfterTheReminderOpensAFollowUpForCustomerService() {
        // given: invited, and still unanswered after 5 working days
        String ticket = archivedRequest();
        ProcessInstance survey = surveyOf(ticket);
        invite(survey);
        Instant remindAt = workingDays.startOfWorkingDayAfter("5x8", THURSDAY_NINE, 5);
        assertThat(job("Timer_ReminderDue", survey).getDuedate()).isEqualTo(Date.from(remindAt));
        assertThat(Duration.between(THURSDAY_NINE, remindAt)).isGreaterThanOrEqualTo(Duration.ofDays(7));
        ClockUtil.setCurrentTime(Date.from(remindAt));
        execute(job("Timer_ReminderDue", survey));
        assertThat(survey).isWaitingAt("Timer_SurveyExpired");
        assertThat(surveyMails(ticket)).containsExactly(NotificationTemplate.SURVEY_INVITATION,
                NotificationTemplate.SURVEY_REMINDER);

        // when: the contact answers with an overall 2 and a comment carrying a Markdown link
        surveys.answer(ticket, new SurveyAnswer(2, 1, 3, 4, Optional.of("太慢 [see](http://evil.example)")), CONTACT);

        // then: customer service follows it up, with the answers in its form
        assertThat(survey).isWaitingAt("Task_FollowUpLowScore").variables().containsEntry("overallScore", 2L)
                .containsEntry("lowScore", true);
        Task followUp = task("Task_FollowUpLowScore", survey);
        assertThat(followUp).hasCandidateGroup("customer-service")
                .hasName("跟进低分 / Follow up low score · " + ticket + " · 月结报表出错 / Month-end report fails");
        String summary = (String) processEngine.getTaskService().getVariableLocal(followUp.getId(), "surveySummary");
        assertThat(summary).contains("**总体 / Overall:** 2/5", "**响应速度 / Response speed:** 1/5",
                "太慢 \\[see\\]\\(http\\:\\/\\/evil\\.example\\)").doesNotContain("[see](");
        claim(followUp, "cs1");
        complete(followUp, withVariables("followUpNote", "已致电道歉 / Called and apologised"));
        assertThat(survey).hasPassed("Task_SendSurveyReminder", "BoundaryEvent_SurveyAnswered")
                .hasPassedInOrder("Task_FollowUpLowScore", "EndEvent_LowScoreFollowedUp").isEnded();
        assertThat(surveys.of(ticket).getFollowUpNote()).isEqualTo("已致电道歉 / Called and apologised");
        assertThat(surveys.of(ticket).getFollowedUpBy()).isEqualTo("cs1");
        assertThat(surveys.of(ticket).getRemindedAt()).isEqualTo(remindAt);
    }

    @Test
    void surveyUnansweredForFourteenDaysEndsQuietly() {
        // given: invited and reminded
        String ticket = archivedRequest();
        ProcessInstance survey = surveyOf(ticket);
        invite(survey);
        String invitationLink = actionLinks.linksFor(ticket, NotificationTemplate.SURVEY_INVITATION)
                .get("answer_survey");
        String invitationToken = invitationLink.substring(invitationLink.indexOf("/links/") + 7,
                invitationLink.indexOf('?'));
        ClockUtil.setCurrentTime(job("Timer_ReminderDue", survey).getDuedate());
        execute(job("Timer_ReminderDue", survey));

        // when: 14 days after the invitation
        Instant expireAt = THURSDAY_NINE.plus(Duration.ofDays(14));
        assertThat(job("Timer_SurveyExpired", survey).getDuedate()).isEqualTo(Date.from(expireAt));
        ClockUtil.setCurrentTime(Date.from(expireAt));
        execute(job("Timer_SurveyExpired", survey));

        // then: no further mail, no task, and the link no longer answers
        assertThat(survey).hasPassedInOrder("Task_SendSurveyReminder", "Timer_SurveyExpired",
                "EndEvent_AnswerWindowClosed", "EndEvent_SurveyUnanswered").isEnded();
        assertThat(surveyMails(ticket)).containsExactly(NotificationTemplate.SURVEY_INVITATION,
                NotificationTemplate.SURVEY_REMINDER);
        assertThat(surveys.isWaiting(ticket)).isFalse();
        assertThat(surveys.of(ticket).isAnswered()).isFalse();
        String reminderLink = actionLinks.linksFor(ticket, NotificationTemplate.SURVEY_REMINDER).get("answer_survey");
        String token = reminderLink.substring(reminderLink.indexOf("/links/") + 7, reminderLink.indexOf('?'));
        assertThatThrownBy(() -> linkAnswers.open(token)).isInstanceOf(LinkRejectedException.class)
                .extracting(e -> ((LinkRejectedException) e).reason()).isEqualTo(LinkRejectedException.Reason.NOT_WAITING);
        // a link of the invitation day has expired by now (links live 14 days)
        ClockUtil.setCurrentTime(Date.from(expireAt.plus(Duration.ofMinutes(1))));
        assertThatThrownBy(() -> linkAnswers.open(invitationToken)).isInstanceOf(LinkRejectedException.class)
                .extracting(e -> ((LinkRejectedException) e).reason()).isEqualTo(LinkRejectedException.Reason.EXPIRED);
    }

    private static final String CONTACT = "王工 / Engineer Wang";

    private String archivedRequest() {
        var request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementAcceptAndClose(request);
        assertThat(request.process()).isEnded();
        return request.ticket();
    }

    private ProcessInstance surveyOf(String ticket) {
        return processInstanceQuery().processDefinitionKey(Surveys.PROCESS_KEY)
                .processInstanceBusinessKey(Surveys.keyOf(ticket)).singleResult();
    }

    private void invite(ProcessInstance survey) {
        ClockUtil.setCurrentTime(Date.from(THURSDAY_NINE));
        execute(job("Timer_InvitationDue", survey));
        assertThat(survey).isWaitingAt("Timer_ReminderDue");
    }

    private java.util.List<NotificationTemplate> surveyMails(String ticket) {
        return notifications.findByTicketOrderByIdAsc(ticket).stream().map(RecordedNotification::getTemplate)
                .filter(t -> t == NotificationTemplate.SURVEY_INVITATION || t == NotificationTemplate.SURVEY_REMINDER)
                .toList();
    }
}
