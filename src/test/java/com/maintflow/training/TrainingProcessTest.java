package com.maintflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.archive.Archives;
import com.maintflow.customer.Customers;
import com.maintflow.links.LinkAction;
import com.maintflow.links.LinkAnswer;
import com.maintflow.links.TrainingRating;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.notify.RecordedNotificationRepository;
import com.maintflow.support.MaintenanceProcessTestCase;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import com.maintflow.timeline.TimelineEntry;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of {@code processes/training.bpmn} with the real delegates and listeners: materials on time (notice,
 * registration, two signed sheets, evaluation, sealed record), materials late (reminder to the trainers), materials
 * still late the day before (escalation to the supervisors), a sheet refused to a non-instructor and immutable once
 * confirmed, and a training ordered from the Tasklist start form.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:maintflow-process-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(MaintenanceProcessTestCase.ProcessCoverage.class)
class TrainingProcessTest {

    private static final String SESSIONS_TWO = "%s 09:00-12:00 培训室 A\n%s 13:30-17:00 培训室 A";

    @Autowired private ProcessEngine processEngine;
    @Autowired private TrainingService service;
    @Autowired private Trainings trainings;
    @Autowired private TrainingLinks links;
    @Autowired private Customers customers;
    @Autowired private RecordedNotificationRepository notifications;
    @Autowired private Timeline timeline;
    @Autowired private Archives archives;
    @Autowired private Actors actors;

    @BeforeEach
    void bindAssertionsToEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void trainingWithMaterialsOnTimeIsSignedEvaluatedAndSealed() {
        // given
        var process = order();
        String number = number(process);
        assertThat(process).hasPassed("Task_RegisterTraining").isWaitingAt("Task_PlanTraining");
        assertThat(task(process)).hasCandidateGroup("trainers");

        // when
        plan(process);

        // then: every attendee has their own notice with a registration link
        assertThat(process).hasPassedInOrder("Task_PlanTraining", "Task_NotifyAttendees")
                .isWaitingAt("Task_PrepareMaterials");
        assertThat(mails(number, NotificationTemplate.TRAINING_NOTICE)).extracting(RecordedNotification::getRecipient)
                .containsExactlyInAnyOrder("zhang.wei@customer.example", "li.na@customer.example",
                        "wang.fang@customer.example");

        // when: 张伟 registers by link
        assertThat(links.isWaiting(number + ":1")).isTrue();
        links.answer(number + ":1", LinkAction.REGISTRATION,
                new LinkAnswer(LinkAction.Choice.REGISTER, Optional.empty(), Optional.empty(), Optional.empty()));
        completeAs("trainer1", process, "Task_PrepareMaterials", withVariables("materialsReady", true));

        // then: one sign-in sheet per session, for the instructor
        assertThat(process).hasPassed("Task_PrepareMaterials").hasNotPassed("Task_RemindMaterials")
                .isWaitingAt("Task_SignInSheet");
        var sheets = taskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_SignInSheet").list();
        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(0)).hasCandidateUser("trainer1");
        assertThat(processEngine.getTaskService().getVariableLocal(sheets.get(0).getId(),
                TrainingTaskListener.ATTENDEES)).asString().contains("1. 张伟", "已报名 / registered", "2. 李娜");

        // when
        signSheet(sheets.get(0), "trainer1", "1,2,3");
        signSheet(sheets.get(1), "trainer1", "1,3");

        // then: evaluation links to those who signed in
        assertThat(process).hasPassed("Task_SignInSheet", "Task_SendEvaluation").isWaitingAt("Timer_EvaluationPeriod");
        assertThat(mails(number, NotificationTemplate.TRAINING_EVALUATION)).hasSize(3);
        var view = trainings.view(number);
        assertThat(view.sessions()).allSatisfy(s -> {
            assertThat(s.confirmed()).isTrue();
            assertThat(s.confirmedBy()).isEqualTo("trainer1");
        });
        assertThat(view.sessions().get(1).attended()).containsExactly(1, 3);
        assertThat(view.attendees().get(0).registeredAt()).isNotNull();

        // when: two attendees evaluate, then the evaluation period ends
        links.answer(number + ":1:E", LinkAction.TRAINING_EVALUATION, rating(5, 4, 3, "很实用 / Very practical"));
        links.answer(number + ":3:E", LinkAction.TRAINING_EVALUATION, rating(4, 4, 5, null));
        assertThat(links.isWaiting(number + ":1:E")).as("one evaluation per attendee").isFalse();
        execute(job("Timer_EvaluationPeriod", process));

        // then
        assertThat(process).hasPassedInOrder("Timer_EvaluationPeriod", "Task_SealTraining",
                "EndEvent_TrainingSealed").isEnded();
        var sealed = trainings.view(number);
        assertThat(sealed.status()).isEqualTo("CLOSED");
        assertThat(sealed.evaluation().answers()).isEqualTo(2);
        assertThat(sealed.evaluation().content()).isEqualTo(4.5);
        assertThat(sealed.evaluation().instructor()).isEqualTo(4.0);
        assertThat(sealed.evaluation().organisation()).isEqualTo(4.0);
        var record = archives.of(number);
        assertThat(archives.verify(number).valid()).isTrue();
        assertThat(record.getContent()).contains("signInSheets", "trainer1", "张伟", "很实用", "registeredAt");
        assertThat(timeline.of(number)).extracting(TimelineEntry::getEvent).contains("REQUESTED", "PLANNED",
                "NOTICE_SENT", "REGISTERED", "MATERIALS_READY", "SHEET_CONFIRMED", "EVALUATING", "EVALUATED",
                "CLOSED");
    }

    @Test
    void materialsNotReadyThreeWorkingDaysBeforeRemindTheTrainers() {
        // given
        var process = order();
        plan(process);

        // when: 3 working days before the start
        execute(job("Timer_MaterialsReminder", process));

        // then
        assertThat(process).hasPassedInOrder("Timer_MaterialsReminder", "Task_RemindMaterials",
                "EndEvent_MaterialsReminded").isWaitingAt("Task_PrepareMaterials");
        assertThat(mails(number(process), NotificationTemplate.TRAINING_MATERIALS_REMINDER))
                .extracting(RecordedNotification::getRecipient).contains("trainer1@maintflow.example");

        // when
        completeAs("trainer1", process, "Task_PrepareMaterials", withVariables("materialsReady", true));

        // then
        assertThat(process).hasNotPassed("Task_EscalateMaterials").isWaitingAt("Task_SignInSheet");
    }

    @Test
    void materialsStillLateTheDayBeforeGoToTheSupervisors() {
        // given
        var process = order();
        plan(process);
        execute(job("Timer_MaterialsReminder", process));

        // when: one working day before the start
        execute(job("Timer_MaterialsEscalation", process));

        // then
        assertThat(process).hasPassed("Timer_MaterialsEscalation").isWaitingAt("Task_PrepareMaterials",
                "Task_EscalateMaterials");
        assertThat(task("Task_EscalateMaterials", process)).hasCandidateGroup("supervisors");

        // when
        Task escalation = task("Task_EscalateMaterials", process);
        claim(escalation, "sup1");
        complete(escalation, withVariables("escalationNote", "已安排讲师加班准备 / Instructor prepares them tonight"));
        completeAs("trainer1", process, "Task_PrepareMaterials", withVariables("materialsReady", true));

        // then
        assertThat(process).hasPassedInOrder("Task_EscalateMaterials", "EndEvent_MaterialsEscalated");
        assertThat(process).isWaitingAt("Task_SignInSheet");
        assertThat(timeline.of(number(process))).extracting(TimelineEntry::getEvent)
                .contains("MATERIALS_REMINDED", "MATERIALS_ESCALATED");
    }

    @Test
    void onlyAnInstructorConfirmsASheetAndAConfirmedSheetStaysAsItWas() {
        // given
        var process = order();
        plan(process);
        completeAs("trainer1", process, "Task_PrepareMaterials", withVariables("materialsReady", true));
        var sheet = taskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_SignInSheet").list().get(0);

        // when / then: trn1 is a trainer but not an instructor of this training
        assertThatThrownBy(() -> signSheet(sheet, "trn1", "1,2"))
                .hasMessageContaining("Only an instructor");
        assertThat(trainings.view(number(process)).sessions().get(0).confirmed()).isFalse();

        // when
        processEngine.getTaskService().setAssignee(sheet.getId(), "trainer1");
        complete(sheet, withVariables("attendedNumbers", "1,2", "confirmSheet", true));

        // then
        var session = trainings.view(number(process)).sessions().get(0);
        assertThat(session.confirmedBy()).isEqualTo("trainer1");
        assertThat(session.confirmedAt()).isNotNull();
        assertThatThrownBy(() -> trainings.signIn(number(process), 1, java.util.List.of(1), "trainer1", actors.now()))
                .isInstanceOf(SheetAlreadyConfirmedException.class);
        assertThat(trainings.view(number(process)).sessions().get(0).attended()).containsExactly(1, 2);
    }

    @Test
    void customerServiceOrdersATrainingFromTheTasklistStartForm() {
        // given
        String contract = TrainingFixtures.newContract(customers);

        // when: the start form's fields as Tasklist submits them
        ProcessInstance process = runtimeService().startProcessInstanceByKey(TrainingService.PROCESS_KEY,
                withVariables("contractNumber", contract, "site", "苏州工厂 / Suzhou plant",
                        "startDate", TrainingFixtures.threeWeeksAhead().toString(), "days", 5L,
                        "content", "设备操作 / Operating the equipment",
                        "administrators", "周杰, zhou.jie@customer.example, +86 512 5555 0101",
                        "operators", "吴敏，wu.min@customer.example\n郑强, zheng.qiang@customer.example",
                        "initiator", "cs1"));

        // then
        assertThat(process).isWaitingAt("Task_PlanTraining");
        String number = number(process);
        assertThat(number).matches("TR-\\d{4}-\\d{6}");
        var training = trainings.view(number);
        assertThat(training.attendees()).extracting(TrainingView.AttendeeLine::name)
                .containsExactly("周杰", "吴敏", "郑强");
        assertThat(runtimeService().getVariables(process.getId())).doesNotContainKeys("administrators", "operators")
                .containsKeys("materialsReminderAt", "materialsEscalationAt");
        assertThat(timeline.of(number)).first().satisfies(e -> assertThat(e.getActor()).isEqualTo("cs1"));
        assertThat(processEngine.getTaskService().getVariableLocal(task(process).getId(), "sessions")).asString()
                .contains(training.startDate() + " 09:00-17:00", training.startDate().plusDays(4).toString());
    }

    @Test
    void aPlanWithABadSessionLineOrAnUnknownInstructorIsRefused() {
        // given
        var process = order();
        Task plan = task("Task_PlanTraining", process);
        claim(plan, "trainer1");

        // when / then
        assertThatThrownBy(() -> complete(plan, withVariables("instructors", "trainer1", "sessions", "明天上午")))
                .hasMessageContaining("Session line 1");
        assertThatThrownBy(() -> complete(plan, withVariables("instructors", "eng1",
                "sessions", TrainingFixtures.threeWeeksAhead() + " 09:00-12:00 A")))
                .hasMessageContaining("not a trainer");
        assertThat(process).isWaitingAt("Task_PlanTraining");
        assertThat(trainings.view(number(process)).status()).isEqualTo("REQUESTED");
    }

    @Test
    void materialsTimersCountWorkingDaysOfThe5x8CalendarWithHolidaysAndMakeUpDays() {
        // Monday 2026-10-12: Saturday 10-10 is a make-up working day (国庆节调休), 10-01..10-07 are holidays
        assertThat(trainings.workingDaysBefore(java.time.LocalDate.of(2026, 10, 12), 3))
                .isEqualTo(java.time.Instant.parse("2026-10-08T01:00:00Z"));
        assertThat(trainings.workingDaysBefore(java.time.LocalDate.of(2026, 10, 12), 1))
                .as("the make-up Saturday is the working day before").isEqualTo(java.time.Instant.parse("2026-10-10T01:00:00Z"));
        // Friday 2026-10-09: three working days back skip the National Day holidays
        assertThat(trainings.workingDaysBefore(java.time.LocalDate.of(2026, 10, 9), 3))
                .isEqualTo(java.time.Instant.parse("2026-09-29T01:00:00Z"));
    }

    // --- Steps, each completed like its form -------------------------------------------------------------------------

    private ProcessInstance order() {
        var ordered = service.order(TrainingFixtures.order(TrainingFixtures.newContract(customers),
                TrainingFixtures.threeWeeksAhead(), 5));
        assertThat(ordered.trainingNumber()).matches("TR-\\d{4}-\\d{6}");
        assertThat(ordered.warnings()).isEmpty();
        return processInstanceQuery().processInstanceId(ordered.processInstanceId()).singleResult();
    }

    private void plan(ProcessInstance process) {
        var start = trainings.view(number(process)).startDate();
        completeAs("trainer1", process, "Task_PlanTraining", withVariables("instructors", "trainer1",
                "logistics", "行政：钱伟 / Admin: Qian Wei", "sessions", SESSIONS_TWO.formatted(start, start)));
    }

    private void completeAs(String user, ProcessInstance process, String taskKey, Map<String, Object> fields) {
        assertThat(process).isWaitingAt(taskKey);
        Task task = task(taskKey, process);
        assertThat(processEngine.getTaskService().getVariableLocal(task.getId(), TrainingTaskListener.SUMMARY))
                .asString().contains("监控系统运维培训");
        claim(task, user);
        complete(task, fields);
    }

    private void signSheet(Task sheet, String instructor, String attended) {
        processEngine.getTaskService().setAssignee(sheet.getId(), instructor);
        complete(sheet, withVariables("attendedNumbers", attended, "confirmSheet", true));
    }

    private static LinkAnswer rating(int content, int instructor, int organisation, String comments) {
        return new LinkAnswer(LinkAction.Choice.EVALUATE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new TrainingRating(content, instructor, organisation,
                        Optional.ofNullable(comments))));
    }

    private java.util.List<RecordedNotification> mails(String number, NotificationTemplate template) {
        return notifications.findByTicketOrderByIdAsc(number).stream().filter(n -> n.getTemplate() == template)
                .toList();
    }

    private static String number(ProcessInstance process) {
        var running = processInstanceQuery().processInstanceId(process.getId()).singleResult();
        return running != null ? running.getBusinessKey()
                : BpmnAwareTests.historyService().createHistoricProcessInstanceQuery()
                        .processInstanceId(process.getId()).singleResult().getBusinessKey();
    }
}
