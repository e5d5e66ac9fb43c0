package com.maintflow.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/sla/report}: a contract's SLA compliance per clock for deadlines between {@code from} and {@code to}
 * (both days included, contract zone), its breaches, and the penalty they cost.
 */
public record SlaReport(String contract, LocalDate from, LocalDate to, List<Compliance> compliance,
                        List<Breach> breaches, BigDecimal penaltyPerBreach, BigDecimal penaltyCapPerMonth,
                        BigDecimal penaltyTotal) {

    /**
     * One clock's record: deadlines decided (stopped, or passed while running), how many met and missed, and the
     * met share in percent ({@code null} when nothing was decided yet).
     */
    public record Compliance(ClockKind clock, long decided, long met, long missed, BigDecimal compliancePercent) {
    }

    /** One missed deadline. */
    public record Breach(String ticket, ClockKind clock, Instant dueAt, Instant actualAt, long workingMinutesOver) {
    }
}
