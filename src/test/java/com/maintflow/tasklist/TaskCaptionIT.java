package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestJourney;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ticket's task names its step, ticket and title, its description names customer and system, and it carries its
 * list columns and request summary as local variables.
 */
@MaintFlowIntegrationTest
class TaskCaptionIT {

    @LocalServerPort
    int port;

    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    @Test
    void reviewTaskIsCaptionedWithTicketAndTitle() {
        // given
        String ticket = new RequestJourney(new MaintFlowApi(port)).submit(IntakeBody.valid());

        // when
        var review = taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(RequestJourney.REVIEW).singleResult();

        // then
        assertThat(review.getName())
                .isEqualTo("评审 / Review request · " + ticket + " · 月末报表导出失败 / Month-end report export fails");
        assertThat(review.getDescription())
                .startsWith("客户 / Customer: " + IntakeBody.CUSTOMER_IN_WARRANTY + " · 系统 / System: 财务系统 / Finance system")
                .contains("详情 / Details: /tickets/" + ticket)
                .contains("Classify the request");
    }

    @Test
    void laterTaskCarriesListVariablesAndSummaryWithEarlierRecords() {
        // given: a request reviewed by cs1 (MAJOR, immediate)
        var journey = new RequestJourney(new MaintFlowApi(port));
        String ticket = journey.submit(IntakeBody.valid());
        journey.review(ticket);

        // when
        var implement = taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(RequestJourney.IMPLEMENT).singleResult();
        var local = taskService.getVariablesLocal(implement.getId());

        // then: the list columns are the task's own, the severity decided in review among them
        assertThat(local).containsEntry("ticket", ticket).containsEntry("severity", "MAJOR")
                .containsEntry("title", "月末报表导出失败 / Month-end report export fails")
                .containsKeys("customerName", RequestSummary.VARIABLE);
        assertThat((String) local.get(RequestSummary.VARIABLE))
                .contains("**系统 / System:** 财务系统 \\/ Finance system")
                .contains("**评审 / Review** \\(cs1\\): 纠错性 \\/ Corrective · 软件缺陷 \\/ Software defect · 重大 \\/ Major"
                        + " · 即时处理 \\/ Handle immediately");
    }

    @Test
    void reviewTaskHasNoSeverityOfItsOwn() {
        // given
        String ticket = new RequestJourney(new MaintFlowApi(port)).submit(IntakeBody.valid());

        // when
        var review = taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(RequestJourney.REVIEW).singleResult();

        // then: a local severity would catch the severity the review form submits
        assertThat(taskService.getVariablesLocal(review.getId())).doesNotContainKey("severity")
                .containsKeys("ticket", "customerName", "title", RequestSummary.VARIABLE);
    }

    @Test
    void captionCopiesLeaveNoHistoryWhileTheRequestsOwnVariablesKeepTheirs() {
        // given: a request reviewed, so its review task has ended and its implementation task has the copies
        var journey = new RequestJourney(new MaintFlowApi(port));
        String ticket = journey.submit(IntakeBody.valid());
        journey.review(ticket);
        var implement = taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(RequestJourney.IMPLEMENT).singleResult();
        String instance = implement.getProcessInstanceId();

        // then: Tasklist still reads every copy from the task
        assertThat(taskService.getVariablesLocal(implement.getId())).containsKeys(
                TaskCaptionListener.COPIES.toArray(String[]::new));
        // and history has none of them, neither of the ended review task nor of the open one
        var variables = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list();
        assertThat(variables).filteredOn(v -> v.getTaskId() != null)
                .extracting(HistoricVariableInstance::getName).doesNotContainAnyElementsOf(TaskCaptionListener.COPIES);
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                .filteredOn(d -> d.getTaskId() != null)
                .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .doesNotContainAnyElementsOf(TaskCaptionListener.COPIES);
        // while the request's own variables of the same names keep theirs
        assertThat(variables).filteredOn(v -> v.getTaskId() == null).extracting(HistoricVariableInstance::getName)
                .contains("ticket", "title", "severity", "customerName");
    }

    @Test
    void longCaptionIsCutToTheColumnWidth() {
        String cut = TaskCaptionListener.truncate("长".repeat(300), TaskCaptionListener.NAME_LIMIT);

        assertThat(cut).hasSize(TaskCaptionListener.NAME_LIMIT).endsWith("…");
    }
}
