package com.maintflow.returnvisit;

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

import com.maintflow.intake.Channel;
import com.maintflow.support.MaintenanceProcessTestCase;
import com.maintflow.support.OrdinaryWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code processes/return-visit.bpmn} on the demo contracts (CT-WARRANTY-01 in its maintenance
 * period, CT-EXPIRED-01 past it, neither with a cycle, so no follow-on visit is planned). Each test plans its own
 * visit on another day of an ordinary week, so visit keys never collide; timers run as explicit jobs.
 */
class ReturnVisitProcessTest extends MaintenanceProcessTestCase {

    private static final String IN_PERIOD = "CT-WARRANTY-01";
    private static final String EXPIRED = "CT-EXPIRED-01";
    private static final String CALLED = "IT 联系人 / IT contact · +86 10 0000 0000";

    @Autowired private ReturnVisits visits;

    @Test
    void visitOutsideTheMaintenancePeriodEndsWithoutACall() {
        // given
        ProcessInstance visit = planned(EXPIRED, day(4));

        // when
        due(visit, day(4));

        // then
        assertThat(visit).hasPassedInOrder("Timer_VisitDue", "Task_ScheduleNextVisit", "Gateway_InMaintenancePeriod",
                "EndEvent_OutsideMaintenancePeriod").isEnded();
        assertThat(visit).variables().containsEntry("inMaintenancePeriod", false);
        assertThat(nextVisits(EXPIRED)).isZero();
    }

    @Test
    void reachedCustomerWithoutIssueIsRecordedAndTheVisitEnds() {
        // given
        ProcessInstance visit = planned(IN_PERIOD, day(3));
        assertThat(job("Timer_VisitDue", visit).getDuedate()).isEqualTo(Date.from(nineOn(day(3))));
        due(visit, day(3));
        Task call = task("Task_CallCustomer", visit);
        assertThat(call).hasCandidateGroup("customer-service")
                .hasName("电话回访 / Call the customer · CT-WARRANTY-01 · 保修期内客户 / Customer in warranty");
        assertThat((String) processEngine.getTaskService().getVariableLocal(call.getId(), "returnVisitSummary"))
                .contains("CT\\-WARRANTY\\-01", "it\\@warranty\\.example", "0 / 3");

        // when
        callCustomer(visit, withVariables("calledContact", CALLED, "reached", true, "satisfaction", 5L,
                "remarks", "系统运行正常 / All fine", "issueRaised", false));

        // then
        assertThat(visit).hasPassedInOrder("Task_CallCustomer", "Gateway_CustomerReached", "Gateway_IssueRaised",
                "EndEvent_VisitDone").isEnded();
        ReturnVisit recorded = visits.of(visit.getBusinessKey());
        assertThat(recorded.getStatus()).isEqualTo(ReturnVisit.Status.DONE);
        assertThat(recorded.getAttempts()).isEqualTo(1);
        assertThat(recorded.getSatisfaction()).isEqualTo(5);
        assertThat(recorded.getCalledContact()).isEqualTo(CALLED);
        assertThat(recorded.getCalledBy()).isEqualTo("cs1");
        assertThat(recorded.getRemarks()).isEqualTo("系统运行正常 / All fine");
    }

    @Test
    void customerNotReachedIsCalledAgainNextWorkingDayAndTheirIssueBecomesAPhoneRequest() {
        // given: the first call on Tuesday finds no one
        ProcessInstance visit = planned(IN_PERIOD, day(1));
        due(visit, day(1));
        callCustomer(visit, withVariables("calledContact", CALLED, "reached", false));
        assertThat(visit).isWaitingAt("Timer_NextWorkingDay");
        assertThat(job("Timer_NextWorkingDay", visit).getDuedate()).isEqualTo(Date.from(nineOn(day(2))));

        // when: called again on Wednesday, reached, and an issue raised
        ClockUtil.setCurrentTime(Date.from(nineOn(day(2))));
        execute(job("Timer_NextWorkingDay", visit));
        callCustomer(visit, withVariables("calledContact", CALLED, "reached", true, "satisfaction", 3L,
                "issueRaised", true, "issueTitle", "打印慢 / Printing is slow", "issueSystem", "ERP 打印 / ERP print",
                "issueDescription", "月底打印很慢 / Printing is slow at month end"));

        // then
        assertThat(visit).hasPassedInOrder("Gateway_TriesLeft", "Timer_NextWorkingDay", "Gateway_CallAgain",
                "Task_CallCustomer", "Task_RaiseMaintenanceRequest", "EndEvent_IssueRaised").isEnded();
        String raised = (String) historicVariable(visit, "raisedTicket");
        var request = requests.byTicket(raised);
        assertThat(request.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(request.getOrigin()).isEqualTo(visit.getBusinessKey());
        assertThat(request.getTitle()).isEqualTo("打印慢 / Printing is slow");
        assertThat(request.getContactEmail()).isEqualTo("it@warranty.example");
        ReturnVisit recorded = visits.of(visit.getBusinessKey());
        assertThat(recorded.getAttempts()).isEqualTo(2);
        assertThat(recorded.getRaisedTicket()).isEqualTo(raised);
        assertThat(visits.ofContract(IN_PERIOD)).filteredOn(v -> v.visitKey().equals(visit.getBusinessKey()))
                .singleElement().satisfies(view -> assertThat(view.calls()).satisfiesExactly(
                        first -> assertThat(first).startsWith("第 1 次致电 / Call 1").contains("未接通 / not reached"),
                        second -> assertThat(second).startsWith("第 2 次致电 / Call 2").contains("已接通 / reached",
                                "3/5"),
                        raisedEntry -> assertThat(raisedEntry).contains(raised)));
    }

    @Test
    void threeUnansweredCallsEndTheVisitAsUnreachable() {
        // given: due on Monday
        ProcessInstance visit = planned(IN_PERIOD, day(0));
        due(visit, day(0));

        // when: nobody answers on Monday, Tuesday and Wednesday
        callCustomer(visit, withVariables("calledContact", CALLED, "reached", false));
        for (int next = 1; next <= 2; next++) {
            assertThat(job("Timer_NextWorkingDay", visit).getDuedate()).isEqualTo(Date.from(nineOn(day(next))));
            ClockUtil.setCurrentTime(Date.from(nineOn(day(next))));
            execute(job("Timer_NextWorkingDay", visit));
            callCustomer(visit, withVariables("calledContact", CALLED, "reached", false));
        }

        // then
        assertThat(visit).hasPassed("EndEvent_Unreachable").isEnded();
        assertThat(visit).variables().containsEntry("attempts", 3L).containsEntry("reached", false);
        ReturnVisit recorded = visits.of(visit.getBusinessKey());
        assertThat(recorded.getStatus()).isEqualTo(ReturnVisit.Status.UNREACHABLE);
        assertThat(recorded.getAttempts()).isEqualTo(3);
        assertThat(recorded.getCompletedAt()).isEqualTo(nineOn(day(2)));
    }

    @Test
    void reachedCallWithoutSatisfactionOrIssueDetailsIsRefusedAndNothingIsRecorded() {
        // given
        ProcessInstance visit = planned(IN_PERIOD, day(4));
        due(visit, day(4));
        Task call = task("Task_CallCustomer", visit);
        claim(call, "cs1");

        // when / then: reached but no satisfaction; an issue without its title
        assertThatThrownBy(() -> complete(call, withVariables("calledContact", CALLED, "reached", true)))
                .hasMessageContaining("satisfaction");
        assertThatThrownBy(() -> complete(call, withVariables("calledContact", CALLED, "reached", true,
                "satisfaction", 4L, "issueRaised", true, "issueSystem", "ERP", "issueDescription", "慢 / slow")))
                .hasMessageContaining("issueTitle");
        assertThat(visit).isWaitingAt("Task_CallCustomer");
        assertThat(visits.of(visit.getBusinessKey()).getAttempts()).isZero();

        // and: once complete it is taken
        complete(call, withVariables("calledContact", CALLED, "reached", true, "satisfaction", 4L,
                "issueRaised", false));
        assertThat(visit).hasPassed("EndEvent_VisitDone").isEnded();
    }

    private ProcessInstance planned(String contract, LocalDate dueOn) {
        ClockUtil.setCurrentTime(Date.from(nineOn(OrdinaryWeek.monday()).minusSeconds(86_400 * 3)));
        String key = visits.plan(contract, dueOn);
        assertThat(key).isEqualTo("RV-" + contract + "-" + dueOn);
        ProcessInstance visit = processInstanceQuery().processInstanceBusinessKey(key).singleResult();
        assertThat(visit).isWaitingAt("Timer_VisitDue").variables().containsEntry("contractNumber", contract)
                .containsEntry("dueOn", dueOn.toString());
        return visit;
    }

    private void due(ProcessInstance visit, LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(nineOn(day)));
        execute(job("Timer_VisitDue", visit));
    }

    private void callCustomer(ProcessInstance visit, Map<String, Object> fields) {
        assertThat(visit).isWaitingAt("Task_CallCustomer");
        Task call = task("Task_CallCustomer", visit);
        claim(call, "cs1");
        complete(call, fields);
    }

    private long nextVisits(String contract) {
        return processInstanceQuery().processDefinitionKey(ReturnVisits.PROCESS_KEY)
                .variableValueEquals("contractNumber", contract).count();
    }

    private Object historicVariable(ProcessInstance visit, String name) {
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(visit.getId()).variableName(name).singleResult().getValue();
    }

    private static LocalDate day(int afterMonday) {
        return OrdinaryWeek.monday().plusDays(afterMonday);
    }

    private static Instant nineOn(LocalDate day) {
        return day.atTime(9, 0).atZone(OrdinaryWeek.SHANGHAI).toInstant();
    }
}
