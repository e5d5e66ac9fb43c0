package com.maintflow.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What {@code /dashboard} shows, every label already in words: the at-risk list, open work counted three ways, and the
 * trends, each also a table. {@code charts} holds the same numbers for the charts.
 */
record Dashboard(Instant generatedAt, long horizonMinutes, List<AtRiskRow> atRisk, int atRiskTotal, long overdue,
                 long open,
                 List<Count> byStatus, List<Count> byGroup, List<Count> byAge, List<String> months,
                 List<ComplianceRow> compliance, List<ContractRow> contracts, List<SatisfactionRow> satisfaction,
                 Charts charts) {

    /** One request (or complaint, inspection…) at risk; {@code ticketHref} is null where no staff page exists. */
    record AtRiskRow(String key, String ticketHref, String clock, boolean warned, Instant warningAt, Instant dueAt,
                     long workingMinutesLeft, List<StepRow> steps) {
    }

    /** The late step, who has it, and where it opens in Tasklist. */
    record StepRow(String name, String who, String tasklistHref) {
    }

    /** A count under a label; {@code shortLabel} (Chinese) names it on a chart axis. */
    record Count(String label, String shortLabel, long count) {
    }

    /** One clock's compliance in percent for each month of {@code months} (null: nothing decided that month). */
    record ComplianceRow(String clock, String shortLabel, List<BigDecimal> percent, List<String> decided) {
    }

    /** Breaches and the penalty they cost a contract over the months shown. */
    record ContractRow(String contract, long breaches, BigDecimal penalty) {
    }

    /** Survey answers of a month (by sending) and their overall average. */
    record SatisfactionRow(String month, long invited, long answered, BigDecimal overall) {
    }

    /** The charts' data: labels and values per chart, series per clock. */
    record Charts(Series status, Series group, Series age, List<String> months, List<Line> compliance,
                  Series contracts, List<BigDecimal> penalties, Series satisfaction) {
    }

    record Series(List<String> labels, List<? extends Number> values) {
    }

    record Line(String name, List<BigDecimal> values) {
    }
}
