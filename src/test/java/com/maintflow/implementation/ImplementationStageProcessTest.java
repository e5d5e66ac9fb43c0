package com.maintflow.implementation;

import static com.maintflow.notify.NotificationTemplate.READY_FOR_ACCEPTANCE;
import static com.maintflow.notify.NotificationTemplate.REQUEST_CLOSED;
import static com.maintflow.notify.NotificationTemplate.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.acceptance.AcceptanceRound;
import com.maintflow.acceptance.CustomerOpinion;
import com.maintflow.answer.CustomerAnswers;
import com.maintflow.archive.ArchiveRecord;
import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.RequestStatus;
import com.maintflow.support.MaintenanceProcessTestCase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * maintenance-request.bpmn, implementation and acceptance: the work, the customer's acceptance (rejected rounds go
 * back) and opinion. The steps before the stage are driven by {@link MaintenanceProcessTestCase}.
 */
class ImplementationStageProcessTest extends MaintenanceProcessTestCase {

    // --- Immediate, free ---------------------------------------------------------------------------------------------

    @Test
    void immediateFreeMaintenanceRunsToClosureAndSealedArchive() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);

        // when
        reviewRequest(request, review(IMMEDIATE));
        implementAcceptAndClose(request);

        // then: the path
        assertThat(request.process()).hasPassedInOrder("Task_ReviewRequest", "Gateway_ReviewOutcome",
                        "Task_DecideCharging", "Gateway_Charging", "Gateway_ChargingJoin", "Gateway_MaintenanceDepth",
                        "Gateway_ImplementationJoin", "Task_ImplementMaintenance", "Task_RequestAcceptance",
                        "Task_RecordAcceptanceAnswer", "Gateway_AcceptanceAnswerJoin", "Gateway_Accepted",
                        "Task_RecordCustomerOpinion", "Gateway_OpinionJoin", "Gateway_SummaryJoin",
                        "Task_WriteMaintenanceSummary", "Task_ConfirmClosure", "Gateway_Confirmed",
                        "Task_NotifyRequestClosed", "Gateway_ArchiveJoin", "Task_ArchiveRequest",
                        "EndEvent_RequestArchived")
                .hasNotPassed("Task_PrepareQuote", "Task_PrepareMaintenancePlan", "Task_SendReceipt")
                .isEnded();

        // then: the records
        MaintenanceRequest stored = requests.byTicket(request.ticket());
        assertThat(stored.getStatus()).isEqualTo(RequestStatus.ARCHIVED);
        assertThat(stored.isWithinFreePeriod()).isTrue();
        assertThat(stored.getCharging()).isEqualTo("FREE");
        assertThat(quotes.of(request.ticket())).isEmpty();
        assertThat(plans.of(request.ticket())).isEmpty();
        assertThat(maintenanceRecords.of(request.ticket()))
                .extracting(MaintenanceRecord::getRoundNumber, MaintenanceRecord::getRootCause,
                        MaintenanceRecord::getHoursSpent, MaintenanceRecord::getEngineer)
                .containsExactly(tuple(1, "索引缺失 / Missing index", new BigDecimal("2.5"), ENGINEER.user()));
        assertThat(acceptances.roundsOf(request.ticket()))
                .extracting(AcceptanceRound::getRoundNumber, AcceptanceRound::isAccepted,
                        AcceptanceRound::getAnsweredBy)
                .containsExactly(tuple(1, true, CUSTOMER_SERVICE.user()));
        assertThat(acceptances.opinionOf(request.ticket())).map(CustomerOpinion::getSatisfaction).contains(5);
        assertThat(summaries.of(request.ticket())).hasValueSatisfying(summary -> {
            assertThat(summary.getSummary()).isEqualTo("已修复月结报表 / Month-end report fixed");
            assertThat(summary.getConfirmedBy()).isEqualTo(CUSTOMER_SERVICE.user());
        });
        assertThat(receipts.findByTicket(request.ticket())).isEmpty();
        assertNotified(request, REQUEST_RECEIVED, READY_FOR_ACCEPTANCE, REQUEST_CLOSED);

        // then: the sealed archive holds those records and its hash checks out
        ArchiveRecord sealed = archives.of(request.ticket());
        assertThat(sha256Of(sealed.getContent())).isEqualTo(sealed.getSha256());
        assertThat(archives.verify(request.ticket()).valid()).isTrue();
        assertThat(historicVariable(request, "archiveSha256")).isEqualTo(sealed.getSha256());
        JsonNode content = json(sealed);
        assertThat(content.at("/ticket").asText()).isEqualTo(request.ticket());
        assertThat(content.at("/request/charging").asText()).isEqualTo("FREE");
        assertThat(content.at("/feedbackSheets/0/reviewOutcome").asText()).isEqualTo(IMMEDIATE);
        assertThat(content.at("/maintenanceRecords/0/rootCause").asText()).isEqualTo("索引缺失 / Missing index");
        assertThat(content.at("/acceptanceRounds/0/accepted").asBoolean()).isTrue();
        assertThat(content.at("/customerOpinion/satisfaction").asInt()).isEqualTo(5);
        assertThat(content.at("/maintenanceSummary/summary").asText()).isEqualTo("已修复月结报表 / Month-end report fixed");
        assertThat(content.at("/auditTrail/steps").findValuesAsText("activityId"))
                .contains("Task_ImplementMaintenance", "Task_ConfirmClosure", "Task_NotifyRequestClosed");
    }
    // --- Acceptance rejected twice -----------------------------------------------------------------------------------

    @Test
    void rejectedAcceptanceReturnsToImplementationUntilAccepted() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));

        // when
        implementMaintenance(request, "第一次修复 / First fix");
        recordAcceptance(request, false, "仍然报错 / Still failing");
        implementMaintenance(request, "第二次修复 / Second fix");
        recordAcceptance(request, false, "部分报表仍错 / Some reports still wrong");
        implementMaintenance(request, "第三次修复 / Third fix");
        recordAcceptance(request, true, "全部正常 / All good");

        // then
        assertThat(request.process()).hasPassedInOrder("Task_ImplementMaintenance", "Gateway_Accepted",
                        "Gateway_ImplementationJoin", "Task_ImplementMaintenance", "Gateway_Accepted",
                        "Gateway_ImplementationJoin", "Task_ImplementMaintenance", "Gateway_Accepted")
                .isWaitingAt("Task_RecordCustomerOpinion");
        assertThat(request.process()).variables().containsEntry("acceptanceRounds", 3).containsEntry("accepted", true);
        assertThat(timesPassed(request, "Task_ImplementMaintenance")).isEqualTo(3);
        assertThat(maintenanceRecords.of(request.ticket()))
                .extracting(MaintenanceRecord::getRoundNumber, MaintenanceRecord::getRootCause)
                .containsExactly(tuple(1, "第一次修复 / First fix"), tuple(2, "第二次修复 / Second fix"),
                        tuple(3, "第三次修复 / Third fix"));
        assertThat(acceptances.roundsOf(request.ticket()))
                .extracting(AcceptanceRound::getRoundNumber, AcceptanceRound::isAccepted, AcceptanceRound::getNote)
                .containsExactly(tuple(1, false, "仍然报错 / Still failing"),
                        tuple(2, false, "部分报表仍错 / Some reports still wrong"), tuple(3, true, "全部正常 / All good"));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.ACCEPTED);
        assertNotified(request, REQUEST_RECEIVED, READY_FOR_ACCEPTANCE, READY_FOR_ACCEPTANCE, READY_FOR_ACCEPTANCE);
    }

    // --- The customer's own answers by link ---------------------------------------------------------------
    @Test
    void customerAcceptingByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementMaintenance(request, "索引缺失 / Missing index");

        // when
        answers.answerAcceptance(request.ticket(), true, "验收通过 / Accepted", request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_AcceptanceAnswered", "Task_RecordAcceptanceAnswer");
        assertThat(request.process()).isWaitingAt("Task_RecordCustomerOpinion");
        assertThat(request.process()).variables().containsEntry("accepted", true).containsEntry("acceptanceRounds", 1);
        assertThat(acceptances.roundsOf(request.ticket()))
                .extracting(AcceptanceRound::getRoundNumber, AcceptanceRound::isAccepted,
                        AcceptanceRound::getAnsweredBy)
                .containsExactly(tuple(1, true, request.customer().contactEmail()));
    }

    @Test
    void customerGivingOpinionByLinkClosesStaffTask() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementMaintenance(request, "索引缺失 / Missing index");
        recordAcceptance(request, true, "正常 / OK");

        // when
        answers.giveOpinion(request.ticket(), 4, "响应很快 / Quick response", request.customer().contactEmail());

        // then
        assertAnsweredByCustomer(request, "BoundaryEvent_OpinionGiven", "Task_RecordCustomerOpinion");
        assertThat(request.process()).isWaitingAt("Task_WriteMaintenanceSummary");
        // Long, as the Tasklist form submits it (see CustomerAnswers.giveOpinion)
        assertThat(request.process()).variables().containsEntry("satisfaction", 4L);
        assertThat(acceptances.opinionOf(request.ticket())).hasValueSatisfying(opinion -> {
            assertThat(opinion.getSatisfaction()).isEqualTo(4);
            assertThat(opinion.getOpinion()).isEqualTo("响应很快 / Quick response");
            assertThat(opinion.getRecordedBy()).isEqualTo(request.customer().contactEmail());
        });
    }
}
