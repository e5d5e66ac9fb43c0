package com.maintflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail as a Chinese mail client sends it — GBK subject and text, one attachment named per RFC 2231 in GBK
 * ({@code filename*=GBK''…}) and one with a GBK encoded word (as Outlook and Foxmail do) — becomes a request whose
 * attachments, with their names decoded, staff find in {@code GET /api/requests/{ticket}} and on the ticket page,
 * and download.
 */
@MaintFlowIntegrationTest
class MailAttachmentsIT extends HttpJourneyTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String LOG = "2026-12-07 10:00:01 ERROR 登录失败：数据库连接超时\r\n";

    @Autowired private MailIntake intake;
    @Autowired private ProcessedMailRepository processed;

    @Test
    void attachmentsOfAGbkMailAreListedWithTheirChineseNamesAndDownloadable() throws Exception {
        // given: a contact's mail from a Chinese client
        IncomingMail mail = MimeMailReader.read(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(chineseClientMail().getBytes(StandardCharsets.US_ASCII))));

        // when
        intake.process(mail);

        // then: the request lists both files by name, type and size
        String ticket = processed.findByMessageId(mail.messageId()).get(0).getTicket();
        JsonNode attachments = journey.view(ticket).path("attachments");
        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(0).path("name").asText()).isEqualTo("错误日志.txt");
        assertThat(attachments.get(0).path("type").asText()).isEqualTo("text/plain");
        assertThat(attachments.get(0).path("size").asLong()).isEqualTo(LOG.getBytes(GBK).length);
        assertThat(attachments.get(1).path("name").asText()).isEqualTo("截图.png");

        // and: the ticket page shows them, and staff download them under their own names
        String page = api.as(Staff.ENG1).get("/tickets/" + ticket).body();
        assertThat(page).contains(">错误日志.txt</a>", ">截图.png</a>", "电子邮件 / E-mail");
        var download = api.as(Staff.ENG1).get(attachments.get(0).path("href").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("attachment;").contains("filename*=UTF-8''%E9%94%99%E8%AF%AF%E6%97%A5%E5%BF%97.txt"));
        assertThat(download.header("Content-Length")).hasValue(String.valueOf(LOG.getBytes(GBK).length));
        assertThat(download.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.anonymous().get(attachments.get(0).path("href").asText()).status()).isEqualTo(401);
    }

    /** The raw message: every header and part as the client wrote it, GBK throughout. */
    private String chineseClientMail() {
        String subject = "=?GBK?B?" + base64("系统登录报错".getBytes(GBK)) + "?=";
        String png = base64(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        return String.join("\r\n",
                "From: it@warranty.example",
                "To: intake@maintflow.example",
                "Subject: " + subject,
                "Message-ID: <" + UUID.randomUUID() + "@foxmail.example>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"=====b1\"",
                "",
                "--=====b1",
                "Content-Type: text/plain; charset=GBK",
                "Content-Transfer-Encoding: base64",
                "",
                base64("登录时提示数据库连接超时，日志见附件。".getBytes(GBK)),
                "--=====b1",
                "Content-Type: text/plain; charset=GBK; name*=GBK''" + percent("错误日志.txt"),
                "Content-Disposition: attachment; filename*=GBK''" + percent("错误日志.txt"),
                "Content-Transfer-Encoding: base64",
                "",
                base64(LOG.getBytes(GBK)),
                "--=====b1",
                "Content-Type: image/png; name=\"=?GBK?B?" + base64("截图.png".getBytes(GBK)) + "?=\"",
                "Content-Disposition: attachment; filename=\"=?GBK?B?" + base64("截图.png".getBytes(GBK)) + "?=\"",
                "Content-Transfer-Encoding: base64",
                "",
                png,
                "--=====b1--",
                "");
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** RFC 2231 percent-encoding of the name's GBK bytes. */
    private static String percent(String name) {
        var out = new StringBuilder();
        for (byte b : name.getBytes(GBK)) {
            int c = b & 0xFF;
            out.append(c < 0x80 && (Character.isLetterOrDigit(c) || c == '.') ? String.valueOf((char) c)
                    : String.format("%%%02X", c));
        }
        return out.toString();
    }
}
