package com.maintflow.survey;

import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.calendar.MissingHolidayYearException;
import com.maintflow.calendar.WorkingDays;
import com.maintflow.implementation.MaintenanceRecord;
import com.maintflow.implementation.MaintenanceRecords;
import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.links.SurveyAnswer;
import com.maintflow.links.LinkAction;
import com.maintflow.links.LinkAnswer;
import com.maintflow.links.LinkedQuestion;
import com.maintflow.notify.Notification;
import com.maintflow.notify.NotificationPort;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drives one archived request's survey ({@code processes/satisfaction-survey.bpmn}, business key
 * {@code SV-<ticket>}): starts it, sends invitation and reminder through the outbox, takes the answer (from the
 * signed link, as a {@link LinkedQuestion}) and the follow-up of a low score. Each in the caller's transaction.
 */
@Service
@Transactional
public class Surveys implements LinkedQuestion {

    /** The message the survey waits for (LinkAction.SURVEY names it too). */
    static final String MESSAGE = "SurveyAnswered";

    public static final String PROCESS_KEY = "satisfaction-survey";
    /** The process variable the low-score gateway reads. */
    static final String OVERALL_SCORE = "overallScore";
    /** The decision the low-score gateway takes: overall at or below maintflow.survey.low-score. */
    static final String LOW_SCORE = "lowScore";

    private static final Logger log = LoggerFactory.getLogger(Surveys.class);

    private final SurveyRepository surveys;
    private final MaintenanceRequests requests;
    private final MaintenanceRecords maintenanceRecords;
    private final NotificationPort notifications;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final SurveySettings settings;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Actors actors;

    Surveys(SurveyRepository surveys, MaintenanceRequests requests, MaintenanceRecords maintenanceRecords,
            NotificationPort notifications, Timeline timeline, WorkingDays workingDays, SurveySettings settings,
            RuntimeService runtime, HistoryService history, Actors actors) {
        this.surveys = surveys;
        this.requests = requests;
        this.maintenanceRecords = maintenanceRecords;
        this.notifications = notifications;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.settings = settings;
        this.runtime = runtime;
        this.history = history;
        this.actors = actors;
    }

    /** The survey process's business key for the request {@code ticket}. */
    public static String keyOf(String ticket) {
        return "SV-" + ticket;
    }

    /** Starts the request's survey, waiting for its invitation day; a request gets one survey only. */
    public void start(String ticket) {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(keyOf(ticket)).count() > 0) {
            log.info("Request {} already has its survey", ticket);
            return;
        }
        Instant inviteAt = workingDayAfter(actors.now(), settings.delayWorkingDays());
        runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(keyOf(ticket))
                .setVariable("ticket", ticket)
                .setVariable("inviteAt", Date.from(inviteAt))
                .execute();
        log.info("Request {}: survey planned for {}", ticket, inviteAt);
    }

    /** Records whom the survey asks and mails the invitation; a retried step reuses the record. */
    Survey invite(String ticket) {
        var request = requests.byTicket(ticket);
        var survey = surveys.findByTicket(ticket).orElseGet(() -> surveys.save(new Survey(ticket,
                request.getContract() == null ? null : request.getContract().getContractNumber(),
                request.getCustomer().getCode(), engineerOf(request).orElse(null), request.getContactEmail(),
                actors.now())));
        notifications.send(new Notification(ticket, NotificationTemplate.SURVEY_INVITATION, survey.getContactEmail()));
        return survey;
    }

    /** Mails the one reminder, with a fresh link. */
    void remind(String ticket) {
        var survey = of(ticket);
        survey.remindedAt(actors.now());
        notifications.send(new Notification(ticket, NotificationTemplate.SURVEY_REMINDER, survey.getContactEmail()));
    }

    /** When the reminder is due: {@code reminderWorkingDays} working days after the invitation. */
    Instant reminderAt(Instant invitedAt) {
        return workingDayAfter(invitedAt, settings.reminderWorkingDays());
    }

    /**
     * The start of the {@code days}-th working day after {@code from}; where the calendar has no holidays for that
     * year yet it counts plain days instead, so a missing holiday file never stops archiving or a survey.
     */
    private Instant workingDayAfter(Instant from, int days) {
        try {
            return workingDays.startOfWorkingDayAfter(settings.calendar(), from, days);
        } catch (MissingHolidayYearException e) {
            log.warn("Survey timing counts {} plain days: {}", days, e.getMessage());
            return from.plus(Duration.ofDays(days));
        }
    }

    /** When an unanswered survey ends: the answer window after the invitation. */
    Instant expiresAt(Instant invitedAt) {
        return invitedAt.atZone(ZoneOffset.UTC).plus(settings.answerWindow()).toInstant();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWaiting(String ticket) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(keyOf(ticket))
                .messageEventSubscriptionName(MESSAGE).count() > 0;
    }

    @Override
    public Set<LinkAction> actions() {
        return Set.of(LinkAction.SURVEY);
    }

    /** The request the survey is about, as the link page names it. */
    @Override
    @Transactional(readOnly = true)
    public String titleOf(String ticket) {
        return requestOf(ticket).getTitle();
    }

    @Override
    public List<Detail> detailsOf(String ticket) {
        return List.of();
    }

    /** The survey link's answer, as the request's contact. */
    @Override
    public void answer(String ticket, LinkAction action, LinkAnswer answer) {
        answer(ticket, answer.survey().orElseThrow(() -> new IllegalArgumentException("A survey answer needs scores")),
                requestOf(ticket).getContactName());
    }

    public void answer(String ticket, SurveyAnswer answer, String actor) {
        if (!isWaiting(ticket)) {
            throw new NotAwaitingAnswerException(ticket, MESSAGE);
        }
        of(ticket).answer(answer, actor, actors.now());
        timeline.append(ticket, "SURVEY_ANSWERED", actor, "满意度调查 / Survey answered: " + answer.overall() + "/5");
        runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(keyOf(ticket))
                .setVariable(OVERALL_SCORE, (long) answer.overall())
                .setVariable(LOW_SCORE, answer.overall() <= settings.lowScore()).correlate();
    }

    /** Customer service's note on how a low score was followed up. */
    void followUp(String ticket, String note, String actor) {
        of(ticket).followUp(note, actor, actors.now());
        timeline.append(ticket, "SURVEY_FOLLOWED_UP", actor, "低分回访 / Low score followed up");
    }

    @Transactional(readOnly = true)
    public Survey of(String ticket) {
        return surveys.findByTicket(ticket)
                .orElseThrow(() -> new IllegalStateException("Request " + ticket + " has no survey"));
    }

    @Transactional(readOnly = true)
    MaintenanceRequest requestOf(String ticket) {
        return requests.byTicket(ticket);
    }

    /** Who the scores are about: the engineer of the last round of maintenance, else the contract's first named one. */
    private Optional<String> engineerOf(MaintenanceRequest request) {
        List<MaintenanceRecord> rounds = maintenanceRecords.of(request.getTicket());
        Optional<String> implementer = rounds.isEmpty() ? Optional.empty()
                : Optional.ofNullable(rounds.get(rounds.size() - 1).getEngineer());
        return implementer.or(() -> request.getContract() == null ? Optional.empty()
                : request.getContract().getResponsibleEngineers().stream().sorted().findFirst());
    }

    Map<String, Object> timersAfterInvitation(Survey survey) {
        return Map.of("remindAt", Date.from(reminderAt(survey.getInvitedAt())),
                "expireAt", Date.from(expiresAt(survey.getInvitedAt())));
    }
}
