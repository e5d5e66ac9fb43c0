package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestJourney;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A ticket's task names its step, ticket and title, and its description names customer and system. */
@MaintFlowIntegrationTest
class TaskCaptionIT {

    @LocalServerPort
    int port;

    @Autowired TaskService taskService;

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
    void longCaptionIsCutToTheColumnWidth() {
        String cut = TaskCaptionListener.truncate("长".repeat(300), TaskCaptionListener.NAME_LIMIT);

        assertThat(cut).hasSize(TaskCaptionListener.NAME_LIMIT).endsWith("…");
    }
}
