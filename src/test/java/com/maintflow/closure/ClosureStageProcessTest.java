package com.maintflow.closure;

import static com.maintflow.notify.NotificationTemplate.READY_FOR_ACCEPTANCE;
import static com.maintflow.notify.NotificationTemplate.REQUEST_CLOSED;
import static com.maintflow.notify.NotificationTemplate.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.maintflow.archive.ArchiveRecord;
import com.maintflow.intake.RequestStatus;
import com.maintflow.support.MaintenanceProcessTestCase;
import com.maintflow.timeline.TimelineEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * maintenance-request.bpmn, closure: the maintenance summary, the final confirmation (sent back: rewritten), the
 * document manager's archiving confirmation (归档确认) and the sealed archive, a link of the hash chain. The steps before the stage are driven by {@link MaintenanceProcessTestCase}.
 */
class ClosureStageProcessTest extends MaintenanceProcessTestCase {

    // --- Summary sent back at final confirmation ---------------------------------------------------------------------

    @Test
    void summarySentBackAtFinalConfirmationIsRewrittenBeforeClosing() {
        // given
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementMaintenance(request, "索引缺失 / Missing index");
        recordAcceptance(request, true, "正常 / OK");
        recordCustomerOpinion(request, 4);
        writeSummary(request, "初稿 / Draft");

        // when
        confirmClosure(request, false);

        // then: back at the summary, nothing confirmed yet
        assertThat(request.process())
                .hasPassedInOrder("Task_ConfirmClosure", "Gateway_Confirmed", "Gateway_SummaryJoin")
                .hasNotPassed("Task_NotifyRequestClosed")
                .isWaitingAt("Task_WriteMaintenanceSummary");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.SUMMARY_RETURNED);
        assertThat(summaries.of(request.ticket())).map(MaintenanceSummary::getConfirmedAt).isEmpty();

        // when
        writeSummary(request, "终稿 / Final");
        confirmClosure(request, true);
        archive(request);

        // then
        assertThat(request.process()).hasPassedInOrder("Task_WriteMaintenanceSummary", "Task_ConfirmClosure",
                "Gateway_SummaryJoin", "Task_WriteMaintenanceSummary", "Task_ConfirmClosure",
                "Task_NotifyRequestClosed", "EndEvent_RequestArchived").isEnded();
        assertThat(summaries.of(request.ticket())).hasValueSatisfying(summary -> {
            assertThat(summary.getSummary()).isEqualTo("终稿 / Final");
            assertThat(summary.getConfirmedBy()).isEqualTo(CUSTOMER_SERVICE.user());
        });
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent)
                .containsSubsequence("SUMMARIZED", "SUMMARY_RETURNED", "SUMMARIZED", "CLOSED", "ARCHIVED");
        assertNotified(request, REQUEST_RECEIVED, READY_FOR_ACCEPTANCE, REQUEST_CLOSED);
    }
    // --- The document manager confirms archiving ---------------------------------------------------------------------

    @Test
    void documentManagerConfirmsTheChecklistBeforeTheRequestIsSealed() {
        // given: a request confirmed at final confirmation
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(IMMEDIATE));
        implementMaintenance(request, "索引缺失 / Missing index");
        recordAcceptance(request, true, "正常 / OK");
        recordCustomerOpinion(request, 5);
        writeSummary(request, "已修复 / Fixed");

        // when
        confirmClosure(request, true);

        // then: the document managers have the task, its form lists what will be sealed; nothing is sealed yet
        assertThat(request.process()).isWaitingAt("Task_ConfirmArchiving");
        Task confirm = task("Task_ConfirmArchiving", request.process());
        assertThat(confirm).hasCandidateGroup(DOCUMENT_MANAGER.group());
        assertThat((String) processEngine.getTaskService().getVariableLocal(confirm.getId(), "archiveChecklist"))
                .contains("☑ 用户问题反馈及落实情况表 / Feedback and resolution sheets: 1",
                        "☑ 支持维护记录 / Maintenance records: 1", "☑ 验收记录 / Acceptance rounds: 1",
                        "☑ 客户意见 / Customer opinion: 1", "☑ 维护总结 / Maintenance summary: 1",
                        "☐ 报价 / Quotes: 0", "☐ 客户回执 / Customer receipt: —");
        assertThat(archives.find(request.ticket())).isEmpty();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.CLOSED);

        // when: submitted without the tick, then ticked with a note
        claim(confirm, DOCUMENT_MANAGER.user());
        assertThatThrownBy(() -> complete(confirm, withVariables("archivingChecked", false)))
                .hasMessageContaining("archivingChecked");
        assertThat(request.process()).isWaitingAt("Task_ConfirmArchiving");
        complete(confirm, withVariables("archivingChecked", true, "archivingNote", "纸质签字单已扫描 / Signed sheet scanned"));
        execute(job("Task_ArchiveRequest", request.process()));

        // then: sealed, and the bundle says who confirmed it
        assertThat(request.process()).hasPassedInOrder("Task_ConfirmClosure", "Task_NotifyRequestClosed",
                "Task_ConfirmArchiving", "Task_ArchiveRequest", "EndEvent_RequestArchived").isEnded();
        var confirmation = json(archives.of(request.ticket())).path("timeline").findParents("event").stream()
                .filter(entry -> entry.path("event").asText().equals("ARCHIVING_CONFIRMED")).toList();
        assertThat(confirmation).singleElement().satisfies(entry -> {
            assertThat(entry.path("actor").asText()).isEqualTo(DOCUMENT_MANAGER.user());
            assertThat(entry.path("detail").asText()).endsWith("纸质签字单已扫描 / Signed sheet scanned");
        });
    }

    // --- Hash chain ----------------------------------------------------------------------------------------------------

    @Test
    void eachSealedBundleCarriesTheChainHashOfTheOneBeforeIt() {
        // given
        Request first = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        Request second = submitRequestFrom(DemoCustomer.OUT_OF_WARRANTY);
        reviewRequest(first, review(NO_MAINTENANCE));
        reviewRequest(second, review(NO_MAINTENANCE));

        // when
        archive(first);
        archive(second);

        // then: consecutive links; each link hashes its predecessor's link and its own content hash
        ArchiveRecord earlier = archives.of(first.ticket());
        ArchiveRecord later = archives.of(second.ticket());
        assertThat(later.getChainPosition()).isEqualTo(earlier.getChainPosition() + 1);
        assertThat(later.getPreviousSha256()).isEqualTo(earlier.getChainSha256());
        assertThat(later.getChainSha256()).isEqualTo(sha256Of(later.getPreviousSha256() + later.getSha256()));
        assertThat(later.getSha256()).isEqualTo(sha256Of(later.getContent()));
    }

    // --- Archiving is idempotent -------------------------------------------------------------------------------------

    @Test
    void archivingAgainKeepsTheSealedRecord() {
        // given: an archived request
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        reviewRequest(request, review(NO_MAINTENANCE));
        archive(request);
        ArchiveRecord first = archives.of(request.ticket());

        // when
        ArchiveRecord again = archives.seal(request.ticket());

        // then
        assertThat(again.getSha256()).isEqualTo(first.getSha256());
        assertThat(again.getContent()).isEqualTo(first.getContent());
        assertThat(again.getArchivedAt()).isEqualTo(first.getArchivedAt());
        assertThat(jdbc.queryForObject("select count(*) from mf_archive_record where ticket = ?", Integer.class,
                request.ticket())).isEqualTo(1);
        assertThat(timeline.of(request.ticket())).extracting(TimelineEntry::getEvent).containsOnlyOnce("ARCHIVED");
        assertThat(archives.verify(request.ticket()).valid()).isTrue();
    }
}
