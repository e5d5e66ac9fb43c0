package com.maintflow.sla;

import com.maintflow.customer.Customers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a contract's SLA report: compliance per clock, breaches, and penalties under the contract's rule. */
@Service
@Transactional(readOnly = true)
public class SlaReports {

    /** Contracts are signed and measured in China's business zone (DESIGN.md: Time). */
    static final ZoneId CONTRACT_ZONE = ZoneId.of("Asia/Shanghai");

    private final SlaClockRepository clocks;
    private final SlaBreachRepository breaches;
    private final Customers customers;

    SlaReports(SlaClockRepository clocks, SlaBreachRepository breaches, Customers customers) {
        this.clocks = clocks;
        this.breaches = breaches;
        this.customers = customers;
    }

    public SlaReport report(String contractNumber, LocalDate from, LocalDate to, Instant now) {
        var contract = customers.contractByNumber(contractNumber)
                .orElseThrow(() -> new UnknownContractException(contractNumber));
        Instant start = from.atStartOfDay(CONTRACT_ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CONTRACT_ZONE).toInstant();
        var inPeriod = clocks.findByContractNumberAndDueAtGreaterThanEqualAndDueAtLessThan(contractNumber, start, end);
        var missed = breaches.findByContractNumberAndDueAtGreaterThanEqualAndDueAtLessThanOrderByDueAt(contractNumber,
                start, end);
        var rule = new PenaltyRule(contract.getContractValue(), contract.getPenaltyRatePercent(),
                contract.getPenaltyCapPercent());
        return new SlaReport(contractNumber, from, to,
                Arrays.stream(ClockKind.values()).map(kind -> compliance(kind, inPeriod, now)).toList(),
                missed.stream().map(b -> new SlaReport.Breach(b.getTicket(), b.getClock(), b.getDueAt(),
                        b.getActualAt(), b.getWorkingMinutesOver())).toList(),
                rule.perBreach(), rule.capPerMonth(),
                rule.total(missed.stream().map(SlaBreach::getDueAt).toList(), CONTRACT_ZONE));
    }

    private static SlaReport.Compliance compliance(ClockKind kind, List<SlaClock> inPeriod, Instant now) {
        var ofKind = inPeriod.stream().filter(clock -> clock.getClock() == kind).toList();
        long met = ofKind.stream().filter(clock -> clock.getState() == ClockState.MET).count();
        // A clock still running past its deadline has missed it already, recorded or not.
        long missed = ofKind.stream()
                .filter(clock -> clock.getState() == ClockState.MISSED || clock.isOverdueAt(now)).count();
        long decided = met + missed;
        BigDecimal percent = decided == 0 ? null
                : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
        return new SlaReport.Compliance(kind, decided, met, missed, percent);
    }
}
