package com.maintflow.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

/** What the {@code /sla} page shows: chart bars precomputed in pixels, breach rows with their Cockpit link. */
final class SlaPage {

    /** Width in pixels of a 100 % bar. */
    static final int FULL_BAR = 300;
    static final int BAR_HEIGHT = 24;
    static final int BAR_GAP = 12;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SlaReports.CONTRACT_ZONE);

    private SlaPage() {
    }

    /** One clock's bar; {@code label} is "–" and the width 0 when nothing was decided in the period. */
    record Bar(String clock, String label, int width, int y) {
    }

    /** One breach with the link to its process instance in Cockpit. */
    record BreachRow(String ticket, String clock, String dueAt, String actualAt, long workingMinutesOver,
                     String cockpitUrl) {
    }

    static List<Bar> bars(SlaReport report) {
        var compliance = report.compliance();
        return IntStream.range(0, compliance.size()).mapToObj(i -> {
            BigDecimal percent = compliance.get(i).compliancePercent();
            int width = percent == null ? 0 : percent.multiply(BigDecimal.valueOf(FULL_BAR))
                    .divide(BigDecimal.valueOf(100)).intValue();
            return new Bar(compliance.get(i).clock().name(), percent == null ? "–" : percent.toPlainString() + " %",
                    width, i * (BAR_HEIGHT + BAR_GAP));
        }).toList();
    }

    static BreachRow row(SlaReport.Breach breach, String processInstanceId) {
        return new BreachRow(breach.ticket(), breach.clock().name(), local(breach.dueAt()), local(breach.actualAt()),
                breach.workingMinutesOver(),
                // Cockpit CE has only the runtime view; the history view is an Enterprise feature.
                "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
    }

    private static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant);
    }
}
