package com.maintflow.training;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable sign-in sheet of one session as PDF: HTML rendered by openhtmltopdf (PDFBox) with an embedded CJK
 * font — by default the Droid Sans Fallback shipped in {@code classpath:fonts/}, or the TrueType file
 * {@code maintflow.training.pdf-font} names — so Chinese names print on any machine.
 */
@Component
class SignInSheetPdf {

    static final String FONT_FAMILY = "MaintFlowCJK";
    private static final String BUNDLED_FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final String fontPath;

    SignInSheetPdf(@Value("${maintflow.training.pdf-font:}") String fontPath) {
        this.fontPath = fontPath;
    }

    byte[] render(Training training, TrainingSession session) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(this::font, FONT_FAMILY);
            builder.withHtmlContent(html(training, session), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the sign-in sheet of " + training.getTrainingNumber(), e);
        }
    }

    private InputStream font() {
        try {
            return fontPath == null || fontPath.isBlank() ? SignInSheetPdf.class.getResourceAsStream(BUNDLED_FONT)
                    : new FileInputStream(fontPath);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PDF font " + fontPath, e);
        }
    }

    /** XHTML (openhtmltopdf wants well-formed markup); every value escaped. */
    static String html(Training t, TrainingSession s) {
        StringBuilder rows = new StringBuilder();
        var attended = s.getAttended();
        for (Attendee a : t.getAttendees()) {
            rows.append("<tr><td>").append(a.getSeq()).append("</td><td>").append(e(a.getName()))
                    .append("</td><td>").append(a.getRole() == Attendee.Role.ADMINISTRATOR ? "管理员 Administrator"
                            : "操作员 Operator")
                    .append("</td><td>").append(e(a.getPhone() == null ? "" : a.getPhone()))
                    .append("</td><td>").append(s.isConfirmed() ? (attended.contains(a.getSeq()) ? "✓ 出席 present"
                            : "缺席 absent") : "")
                    .append("</td><td class=\"sign\"></td></tr>");
        }
        String confirmation = s.isConfirmed()
                ? "讲师确认 / Confirmed by instructor: " + e(s.getConfirmedBy()) + " · " + LOCAL.format(s.getConfirmedAt())
                : "未确认 / Not confirmed yet";
        return """
                <!DOCTYPE html>
                <html><head><meta charset="UTF-8"/><title>签到表 Sign-in sheet</title><style>
                @page { size: A4; margin: 18mm; }
                body { font-family: '%s'; font-size: 11pt; }
                h1 { font-size: 16pt; }
                table { width: 100%%; border-collapse: collapse; }
                th, td { border: 1px solid #333; padding: 4pt; text-align: left; }
                td.sign { width: 30%%; height: 18pt; }
                </style></head><body>
                <h1>培训签到表 / Training sign-in sheet</h1>
                <p>培训编号 / Training: %s · %s</p>
                <p>内容 / Content: %s</p>
                <p>地点 / Site: %s</p>
                <p>第 %d 节 / Session %d: %s</p>
                <p>讲师 / Instructors: %s</p>
                <table><thead><tr><th>#</th><th>姓名 / Name</th><th>角色 / Role</th><th>电话 / Phone</th>
                <th>出席 / Attendance</th><th>签名 / Signature</th></tr></thead><tbody>%s</tbody></table>
                <p>%s</p>
                </body></html>
                """.formatted(FONT_FAMILY, e(t.getTrainingNumber()), e(t.getCustomerName()), e(t.getContent()),
                e(t.getSite()), s.getSeq(), s.getSeq(), e(s.line()), e(String.join(", ", t.getInstructors())), rows,
                confirmation);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
