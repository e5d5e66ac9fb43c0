package com.maintflow.closure;

import static com.maintflow.notify.NotificationTemplate.READY_FOR_ACCEPTANCE;
import static com.maintflow.notify.NotificationTemplate.REQUEST_CLOSED;
import static com.maintflow.notify.NotificationTemplate.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.maintflow.archive.ArchiveRecord;
import com.maintflow.intake.RequestStatus;
import com.maintflow.support.MaintenanceProcessTestCase;
import com.maintflow.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * maintenance-request.bpmn, closure: the maintenance summary, the final confirmation (sent back: rewritten) and
 * the sealed archive. The steps before the stage are driven by {@link MaintenanceProcessTestCase}.
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
