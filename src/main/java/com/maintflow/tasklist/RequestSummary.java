package com.maintflow.tasklist;

import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.records.RequestRecords;
import com.maintflow.system.Labels;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-only request summary at the top of every ticket task form: title, customer, contact, system,
 * description and one line per earlier record, as Markdown for a form-js text component. Customer-written text is made literal
 * (every ASCII punctuation mark backslash-escaped, lines unindented), so a description carrying Markdown links,
 * headings or HTML shows as the characters typed, never as a link or markup.
 */
public final class RequestSummary {

    /** The form reads it as a task-local variable; Camunda keeps strings up to 4000 characters (ACT_RU_VARIABLE). */
    static final String VARIABLE = "requestSummary";
    static final int LIMIT = 4000;

    private static final int DESCRIPTION_CHARS = 1200;
    private static final int FIELD_CHARS = 160;
    private static final String SEPARATOR = " · ";
    /** Beijing time, the contract zone, as on the ticket page. */
    private static final DateTimeFormatter LOCAL_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '北京时间'").withZone(ZoneId.of("Asia/Shanghai"));

    private RequestSummary() {
    }

    /** Codes (channel, classification) in words, from the message bundle, as on the ticket page. */
    static String of(MaintenanceRequest request, RequestRecords records, Labels labels) {
        List<String> lines = new ArrayList<>();
        lines.add("**标题 / Title:** " + literal(request.getTitle()));
        lines.add("**客户 / Customer:** " + literal(request.getCustomer().getCode() + " " + request.getCustomer().getName()));
        lines.add("**联系人 / Contact:** " + literal(join(request.getContactName(), request.getContactEmail(),
                request.getContactPhone())));
        lines.add("**系统 / System:** " + literal(request.getSystem()));
        lines.add("**受理 / Received:** " + literal(LOCAL_MINUTES.format(request.getReceivedAt()) + SEPARATOR
                + labels.of("channel", request.getChannel()) + SEPARATOR + (request.isWithinFreePeriod() ? "保修期内 / in free period"
                : "保修期外 / outside free period")));
        lines.add("**描述 / Description:**\n" + literal(clip(request.getDescription(), DESCRIPTION_CHARS)));
        List<String> earlier = earlierRecords(records, labels);
        lines.add("**此前记录 / Earlier records:**" + (earlier.isEmpty() ? " —" : ""));
        earlier.forEach(line -> lines.add("• " + line));
        return fit(String.join("\n\n", lines));
    }

    private static List<String> earlierRecords(RequestRecords records, Labels labels) {
        List<String> lines = new ArrayList<>();
        records.customerReceipt().ifPresent(receipt -> lines.add(entry("回执 / Receipt", receipt.getReason().name(),
                receipt.getNote())));
        records.feedbackSheets().forEach(sheet -> lines.add(entry("评审 / Review", sheet.getReviewedBy(),
                join(labels.of("maintenanceType", sheet.getMaintenanceType()), labels.of("serviceKind",
                        sheet.getServiceKind()), labels.of("severity", sheet.getSeverity()),
                        labels.of("reviewOutcome", sheet.getReviewOutcome())),
                sheet.getReviewNote())));
        records.quotes().forEach(quote -> lines.add(entry("报价 / Quote", quote.getPreparedBy(),
                amount(quote.getAmount()), answer(quote.getApproved(), "同意 / approved", "拒绝 / declined"),
                quote.getNote())));
        records.maintenancePlans().forEach(plan -> lines.add(entry("方案 / Plan v" + plan.getVersion(),
                plan.getPreparedBy(), String.valueOf(plan.getDueDate()),
                answer(plan.getConfirmed(), "已确认 / confirmed", "需修订 / revise"), plan.getSummary())));
        records.maintenanceRecords().forEach(record -> lines.add(entry("维护 / Maintenance #" + record.getRoundNumber(),
                record.getEngineer(), record.getHoursSpent() + " h", record.getRootCause(), record.getSolution())));
        records.acceptanceRounds().forEach(round -> lines.add(entry("验收 / Acceptance #" + round.getRoundNumber(),
                round.getAnsweredBy(), round.isAccepted() ? "通过 / accepted" : "不通过 / rejected", round.getNote())));
        return lines;
    }

    /** {@code **what** (who): a · b · c}, every part literal and clipped. */
    private static String entry(String what, String who, String... parts) {
        String head = "**" + what + "**" + (who == null || who.isBlank() ? "" : " " + literal("(" + who + ")"));
        String body = join(parts);
        return body.isEmpty() ? head : head + ": " + literal(clip(body, FIELD_CHARS));
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString() + " CNY";
    }

    private static String answer(Boolean answer, String yes, String no) {
        return answer == null ? "待答复 / awaiting answer" : answer ? yes : no;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join(SEPARATOR, present);
    }

    /**
     * Text that Markdown (form-js renders with marked, GFM, line breaks on) shows as typed: every ASCII punctuation
     * mark escaped, so no link, autolink, emphasis, heading, list, table, HTML tag or entity can form; lines
     * unindented and blank lines dropped, so no code block or new block starts.
     */
    public static String literal(String text) {
        if (text == null) {
            return "—";
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (String line : text.strip().split("\\R+")) {
            String content = line.strip();
            if (content.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            content.chars().forEach(c -> {
                if (c < 128 && isPunctuation((char) c)) {
                    out.append('\\');
                }
                out.append((char) c);
            });
        }
        return out.isEmpty() ? "—" : out.toString();
    }

    private static boolean isPunctuation(char c) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit) + "…";
    }

    /** Whole lines only, so an escape is never cut in half. */
    private static String fit(String summary) {
        if (summary.length() <= LIMIT) {
            return summary;
        }
        String cut = summary.substring(0, LIMIT - 2);
        return cut.substring(0, Math.max(0, cut.lastIndexOf('\n'))) + "\n…";
    }
}
