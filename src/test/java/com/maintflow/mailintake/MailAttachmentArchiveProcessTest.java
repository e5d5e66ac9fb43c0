package com.maintflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.maintflow.support.MaintenanceProcessTestCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * maintenance-request.bpmn, archiving with mail: a file the customer mailed about the ticket appears on the
 * document manager's checklist (归档确认) by its name, and the sealed bundle carries its SHA-256, so the archive
 * shows whether the stored bytes are still those received.
 */
class MailAttachmentArchiveProcessTest extends MaintenanceProcessTestCase {

    /** Customer-written: Markdown in a file name must stay text on the form. */
    private static final String FILE_NAME = "故障截图 [1](x).png";
    private static final byte[] FILE = "PNG bytes of the screenshot".getBytes(StandardCharsets.UTF_8);

    @Autowired private MailIntake mailIntake;

    @Test
    void mailedAttachmentIsOnTheArchivingChecklistAndSealedByItsHash() throws Exception {
        // given: the customer replies to the ticket with a screenshot; the request needs no maintenance
        Request request = submitRequestFrom(DemoCustomer.IN_WARRANTY);
        mailIntake.process(new IncomingMail("<reply-1@warranty.example>", request.customer().contactEmail(),
                "Re: " + request.ticket() + " 截图 / screenshot", "见附件 / see attached",
                List.of(new IncomingMail.Attachment(FILE_NAME, "image/png", FILE))));

        // when
        reviewRequest(request, review(NO_MAINTENANCE));

        // then: the checklist names the file, made literal
        String checklist = (String) processEngine.getTaskService()
                .getVariableLocal(task("Task_ConfirmArchiving", request.process()).getId(), "archiveChecklist");
        assertThat(checklist).contains("☑ 附件（含邮件附件）/ Attachments (mail included): 1", "☑ 客户回执 / Customer receipt: 1",
                "故障截图 \\[1\\]\\(x\\)\\.png (" + FILE.length + " bytes)");

        // when
        archive(request);

        // then
        var sealed = json(archives.of(request.ticket())).path("attachments");
        assertThat(sealed).hasSize(1);
        assertThat(sealed.get(0).path("filename").asText()).isEqualTo(FILE_NAME);
        assertThat(sealed.get(0).path("sizeBytes").asLong()).isEqualTo(FILE.length);
        assertThat(sealed.get(0).path("source").asText()).isEqualTo("EMAIL");
        assertThat(sealed.get(0).path("sha256").asText()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(FILE)));
    }
}
