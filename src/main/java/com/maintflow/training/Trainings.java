package com.maintflow.training;

import com.maintflow.archive.Archives;
import com.maintflow.calendar.WorkingDays;
import com.maintflow.customer.Contract;
import com.maintflow.customer.Customers;
import com.maintflow.identity.StaffGroup;
import com.maintflow.intake.TicketNumbers;
import com.maintflow.links.ActionLinks;
import com.maintflow.links.LinkAction;
import com.maintflow.notify.Notification;
import com.maintflow.notify.NotificationPort;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.StaffNotifier;
import com.maintflow.timeline.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training register: registers a training, takes its plan, notices, sign-in sheets and evaluations, each written
 * to the training's timeline, and seals the record at the end.
 */
@Service
@Transactional
public class Trainings {

    static final String SERIES = "TR";
    static final String CALENDAR = "5x8";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MATERIALS_WORKING_DAYS_BEFORE = 3;

    private final TrainingRepository trainings;
    private final Customers customers;
    private final TicketNumbers numbers;
    private final Timeline timeline;
    private final NotificationPort notifications;
    private final StaffNotifier staff;
    private final ActionLinks links;
    private final WorkingDays workingDays;
    private final IdentityService identity;
    private final Archives archives;

    Trainings(TrainingRepository trainings, Customers customers, TicketNumbers numbers, Timeline timeline,
              NotificationPort notifications, StaffNotifier staff, ActionLinks links, WorkingDays workingDays,
              IdentityService identity, Archives archives) {
        this.trainings = trainings;
        this.customers = customers;
        this.numbers = numbers;
        this.timeline = timeline;
        this.notifications = notifications;
        this.staff = staff;
        this.links = links;
        this.workingDays = workingDays;
        this.identity = identity;
        this.archives = archives;
    }

    /** The contract, refused with 422 when unknown or inactive; a start date before today is a 400 on startDate. */
    @Transactional(readOnly = true)
    public Contract check(TrainingCommand command, Instant now) {
        if (command.startDate().isBefore(now.atZone(ZONE).toLocalDate())) {
            throw TrainingRefusedException.invalid("startDate", "must not be in the past");
        }
        return customers.contractByNumber(command.contractNumber().strip()).filter(Contract::isActive)
                .orElseThrow(() -> TrainingRefusedException.unknownContract(command.contractNumber()));
    }

    Training register(TrainingCommand command, Instant at, String processInstanceId, String actor) {
        var contract = check(command, at);
        var training = trainings.save(new Training(numbers.next(SERIES, at), contract.getContractNumber(),
                contract.getCustomer().getName(), command, at, processInstanceId));
        timeline.append(training.getTrainingNumber(), TrainingStatus.REQUESTED.name(), actor, "培训申请 / Training "
                + "requested: " + training.getContent() + " · " + training.getStartDate() + " · " + training.getDays()
                + " 天 / days · " + training.getAttendees().size() + " 名学员 / attendees");
        return training;
    }

    @Transactional(readOnly = true)
    public Training byNumber(String number) {
        return trainings.findByTrainingNumber(number).orElseThrow(() -> new TrainingNotFoundException(number));
    }

    @Transactional(readOnly = true)
    public TrainingView view(String number) {
        return TrainingView.of(byNumber(number));
    }

    @Transactional(readOnly = true)
    public boolean exists(String number) {
        return trainings.findByTrainingNumber(number).isPresent();
    }

    /** Instructors must be members of the trainers group; sessions are parsed from the plan form's lines. */
    void plan(String number, List<String> instructors, String logistics, String sessionLines, String actor) {
        if (instructors.isEmpty()) {
            throw new IllegalArgumentException("至少指定一名讲师 / Name at least one instructor");
        }
        for (String id : instructors) {
            if (identity.createUserQuery().userId(id).memberOfGroup(StaffGroup.TRAINERS.id()).count() == 0) {
                throw new IllegalArgumentException("讲师须为培训组成员 / Instructor " + id + " is not a trainer");
            }
        }
        var sessions = SessionPlan.parse(sessionLines);
        byNumber(number).plan(instructors, logistics, sessions);
        timeline.append(number, TrainingStatus.PLANNED.name(), actor, "培训计划 / Planned: 讲师 / instructors "
                + String.join(", ", instructors) + " · " + sessions.size() + " 节课 / sessions");
    }

    /** The notice with a signed registration link, to every attendee (again after a change: re-notify). */
    void notifyAttendees(String number, Instant at, boolean changed) {
        var training = byNumber(number);
        for (Attendee attendee : training.getAttendees()) {
            Map<String, String> details = noticeDetails(training);
            details.put("attendeeName", attendee.getName());
            details.put("changed", Boolean.toString(changed));
            details.put("registrationLink", links.urlFor(number + ":" + attendee.getSeq(), LinkAction.REGISTRATION)
                    + "?choice=" + LinkAction.Choice.REGISTER.key());
            notifications.send(new Notification(number, NotificationTemplate.TRAINING_NOTICE, attendee.getEmail(),
                    details));
            attendee.notified(at);
        }
        timeline.append(number, changed ? "NOTICE_RESENT" : "NOTICE_SENT", com.maintflow.system.Actors.SYSTEM,
                (changed ? "培训变更，已重新通知 / Changed, attendees notified again: " : "已通知学员 / Attendees notified: ")
                        + training.getAttendees().size());
    }

    /** Replaces the attendee lists before the start, and notifies everyone again. */
    void changeAttendees(String number, TrainingCommand command, Instant at, String actor) {
        var training = byNumber(number);
        if (!at.atZone(ZONE).toLocalDate().isBefore(training.getStartDate())) {
            throw TrainingRefusedException.invalid("startDate", "the training has started; attendees are final");
        }
        training.replaceAttendees(command);
        timeline.append(number, "ATTENDEES_CHANGED", actor, "学员名单已变更 / Attendees changed: "
                + training.getAttendees().size());
        if (training.getStatus() != TrainingStatus.REQUESTED) {
            notifyAttendees(number, at, true);
        }
    }

    void register(String number, int attendeeSeq, Instant at) {
        var attendee = byNumber(number).attendee(attendeeSeq).orElseThrow(() ->
                new TrainingNotFoundException(number + " attendee " + attendeeSeq));
        attendee.register(at);
        timeline.append(number, "REGISTERED", attendee.getName(), "学员报名 / Registered: " + attendee.getName());
    }

    void materialsReady(String number, String actor, Instant at) {
        byNumber(number).materialsReady(actor, at);
        timeline.append(number, TrainingStatus.MATERIALS_READY.name(), actor, "培训资料已准备 / Materials ready");
    }

    void remindMaterials(String number) {
        var training = byNumber(number);
        staff.notifyGroup(number, NotificationTemplate.TRAINING_MATERIALS_REMINDER, StaffGroup.TRAINERS.id(),
                noticeDetails(training));
        timeline.append(number, "MATERIALS_REMINDED", com.maintflow.system.Actors.SYSTEM,
                "提醒准备培训资料 / Trainers reminded of the materials");
    }

    /** The instructor's confirmation of one sheet; refused unless the instructor is one of the training's. */
    void signIn(String number, int session, List<Integer> attended, String instructor, Instant at) {
        var training = byNumber(number);
        if (instructor == null || !training.getInstructors().contains(instructor)) {
            throw new IllegalArgumentException("签到表须由本培训讲师本人确认 / Only an instructor of " + number
                    + " may confirm its sign-in sheet, not " + instructor);
        }
        for (Integer seq : attended) {
            if (training.attendee(seq).isEmpty()) {
                throw new IllegalArgumentException("没有编号为 " + seq + " 的学员 / No attendee number " + seq);
            }
        }
        training.session(session).orElseThrow(() -> new TrainingNotFoundException(number + " session " + session))
                .confirm(attended, instructor, at);
        timeline.append(number, "SHEET_CONFIRMED", instructor, "签到表确认 / Sign-in sheet of session " + session
                + " confirmed: " + attended.size() + " 人出席 / attended");
    }

    /** Evaluation links to every attendee who signed in (all attendees if no sheet lists anyone). */
    void sendEvaluation(String number) {
        var training = byNumber(number);
        training.evaluating();
        var present = training.getSessions().stream().flatMap(s -> s.getAttended().stream()).distinct().toList();
        for (Attendee attendee : training.getAttendees()) {
            if (!present.isEmpty() && !present.contains(attendee.getSeq())) {
                continue;
            }
            Map<String, String> details = noticeDetails(training);
            details.put("attendeeName", attendee.getName());
            details.put("evaluationLink", links.urlFor(number + ":" + attendee.getSeq() + ":E",
                    LinkAction.TRAINING_EVALUATION) + "?choice=" + LinkAction.Choice.EVALUATE.key());
            notifications.send(new Notification(number, NotificationTemplate.TRAINING_EVALUATION,
                    attendee.getEmail(), details));
        }
        timeline.append(number, TrainingStatus.EVALUATING.name(), com.maintflow.system.Actors.SYSTEM,
                "已发送评价邀请 / Evaluation links sent");
    }

    void evaluate(String number, int attendeeSeq, int content, int instructor, int organisation, String comments,
                  Instant at) {
        var training = byNumber(number);
        var attendee = training.attendee(attendeeSeq).orElseThrow(() ->
                new TrainingNotFoundException(number + " attendee " + attendeeSeq));
        if (training.hasEvaluated(attendeeSeq)) {
            throw new IllegalStateException(attendee.getName() + " has evaluated " + number + " already");
        }
        training.evaluate(attendeeSeq, content, instructor, organisation, comments, at);
        timeline.append(number, "EVALUATED", attendee.getName(), "学员评价 / Evaluation: 内容 / content " + content
                + ", 讲师 / instructor " + instructor + ", 组织 / organisation " + organisation);
    }

    /** Closes the training and seals plan, notices, registrations, signed sheets and evaluation in the archive. */
    void closeAndSeal(String number, Instant at) {
        var training = byNumber(number);
        training.close(at);
        timeline.append(number, TrainingStatus.CLOSED.name(), com.maintflow.system.Actors.SYSTEM,
                "培训结束，记录归档 / Training closed and sealed");
        archives.sealBundle(number, training.getProcessInstanceId(), TrainingView.of(training).asFacts());
    }

    /** 09:00 of the n-th working day (5x8) before the start date. */
    Instant workingDaysBefore(LocalDate startDate, int n) {
        LocalDate day = startDate;
        int found = 0;
        Instant start = startDate.atStartOfDay(ZONE).toInstant();
        while (found < n) {
            day = day.minusDays(1);
            Instant firstOfDay = workingDays.startOfWorkingDayAfter(CALENDAR,
                    day.minusDays(1).atTime(12, 0).atZone(ZONE).toInstant(), 1);
            if (firstOfDay.atZone(ZONE).toLocalDate().equals(day)) {
                found++;
                start = firstOfDay;
            }
        }
        return start;
    }

    private static Map<String, String> noticeDetails(Training training) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("title", training.getContent());
        details.put("customerName", training.getCustomerName());
        details.put("site", training.getSite());
        details.put("startDate", training.getStartDate().toString());
        details.put("days", Integer.toString(training.getDays()));
        details.put("sessions", SessionPlan.format(training.getSessions().stream().map(s -> new SessionPlan(
                s.getSessionDate(), java.time.LocalTime.parse(s.getStartTime()),
                java.time.LocalTime.parse(s.getEndTime()), s.getRoom())).toList()));
        return details;
    }
}
