package com.maintflow.dashboard;

import com.maintflow.customer.Customers;
import com.maintflow.identity.StaffGroup;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.RequestOverview;
import com.maintflow.intake.RequestStatus;
import com.maintflow.sla.SlaReports;
import com.maintflow.sla.SlaWatch;
import com.maintflow.survey.SurveyReports;
import com.maintflow.system.Labels;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the dashboard from the capabilities' own read services; changes nothing. */
@Service
@Transactional(readOnly = true)
class Dashboards {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Rows of the at-risk list shown (soonest first); the total is shown beside it. */
    static final int AT_RISK_ROWS = 100;

    private final SlaWatch watch;
    private final SlaReports slaReports;
    private final RequestOverview requests;
    private final SurveyReports surveys;
    private final Customers customers;
    private final TaskService tasks;
    private final Labels labels;
    private final DashboardSettings settings;

    Dashboards(SlaWatch watch, SlaReports slaReports, RequestOverview requests, SurveyReports surveys,
               Customers customers, TaskService tasks, Labels labels, DashboardSettings settings) {
        this.watch = watch;
        this.slaReports = slaReports;
        this.requests = requests;
        this.surveys = surveys;
        this.customers = customers;
        this.tasks = tasks;
        this.labels = labels;
        this.settings = settings;
    }

    Dashboard at(Instant now) {
        YearMonth last = YearMonth.from(now.atZone(BEIJING));
        YearMonth first = last.minusMonths(settings.months() - 1L);
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        var byStatus = byStatus();
        var byGroup = byGroup();
        var byAge = byAge(now);
        var compliance = compliance(first, last, now, months);
        var contracts = contracts(first, last, now);
        var satisfaction = satisfaction(first, last);
        var charts = new Dashboard.Charts(series(byStatus), series(byGroup), series(byAge), months,
                compliance.stream().map(row -> new Dashboard.Line(row.shortLabel(), row.percent())).toList(),
                new Dashboard.Series(contracts.stream().map(Dashboard.ContractRow::contract).toList(),
                        contracts.stream().map(Dashboard.ContractRow::breaches).toList()),
                contracts.stream().map(Dashboard.ContractRow::penalty).toList(),
                new Dashboard.Series(satisfaction.stream().map(Dashboard.SatisfactionRow::month).toList(),
                        satisfaction.stream().map(Dashboard.SatisfactionRow::overall).toList()));
        var atRisk = watch.atRisk(now, settings.atRiskWorkingMinutes(), AT_RISK_ROWS);
        return new Dashboard(now, settings.atRiskWorkingMinutes(), atRisk(atRisk), atRisk.total(), watch.overdue(now),
                byStatus.stream().mapToLong(Dashboard.Count::count).sum(), byStatus, byGroup, byAge, months,
                compliance, contracts, satisfaction, charts);
    }

    private List<Dashboard.AtRiskRow> atRisk(SlaWatch.AtRiskList list) {
        return list.first().stream().map(risk -> new Dashboard.AtRiskRow(
                risk.key(), risk.key().startsWith("MR-") ? "/tickets/" + risk.key() : null,
                labels.of("clock", risk.clock()), risk.warned(), risk.warningAt(), risk.dueAt(),
                risk.workingMinutesLeft(), risk.steps().stream().map(step -> new Dashboard.StepRow(step.name(),
                        step.assignee() != null ? step.assignee() : String.join(", ", step.candidateGroups().stream()
                                .map(group -> labels.of("group", group)).toList()),
                        "/camunda/app/tasklist/default/#/?task=" + step.taskId())).toList())).toList();
    }

    private List<Dashboard.Count> byStatus() {
        var counts = requests.openByStatus();
        return Arrays.stream(RequestStatus.values()).filter(counts::containsKey)
                .map(status -> new Dashboard.Count(labels.of("status", status), labels.zh("status", status),
                        counts.get(status))).toList();
    }

    /** Open tasks of maintenance requests each group may work on, assigned or not. */
    private List<Dashboard.Count> byGroup() {
        return Arrays.stream(StaffGroup.values()).map(group -> new Dashboard.Count(labels.of("group", group.id()),
                labels.zh("group", group.id()), tasks.createTaskQuery().processDefinitionKey(IntakeService.PROCESS_KEY)
                        .taskCandidateGroup(group.id()).includeAssignedTasks().count()))
                .filter(count -> count.count() > 0).toList();
    }

    private List<Dashboard.Count> byAge(Instant now) {
        return requests.openByAge(now).stream().map(bucket -> {
            String days = bucket.upTo() == null ? "> " + bucket.olderThan().toDays()
                    : bucket.olderThan().toDays() + "–" + bucket.upTo().toDays();
            return new Dashboard.Count(days + " 天 / days", days + " 天", bucket.count());
        }).toList();
    }

    private List<Dashboard.ComplianceRow> compliance(YearMonth first, YearMonth last, Instant now,
                                                     List<String> months) {
        var monthly = watch.monthly(first, last, now);
        return monthly.stream().map(SlaWatch.MonthlyCompliance::clock).distinct().sorted().map(clock -> {
            List<BigDecimal> percent = new ArrayList<>();
            List<String> decided = new ArrayList<>();
            for (String month : months) {
                var found = monthly.stream().filter(m -> m.clock() == clock && m.month().toString().equals(month))
                        .findFirst();
                percent.add(found.map(SlaWatch.MonthlyCompliance::compliancePercent).orElse(null));
                decided.add(found.map(m -> m.met() + "/" + m.decided()).orElse("–"));
            }
            return new Dashboard.ComplianceRow(labels.of("clock", clock), labels.zh("clock", clock), percent, decided);
        }).toList();
    }

    private List<Dashboard.ContractRow> contracts(YearMonth first, YearMonth last, Instant now) {
        return customers.contractNumbers().stream()
                .map(number -> slaReports.report(number, first.atDay(1), last.atEndOfMonth(), now))
                .filter(report -> !report.breaches().isEmpty())
                .map(report -> new Dashboard.ContractRow(report.contract(), report.breaches().size(),
                        report.penaltyTotal()))
                .toList();
    }

    private List<Dashboard.SatisfactionRow> satisfaction(YearMonth first, YearMonth last) {
        return surveys.report(Optional.empty(), first.atDay(1), last.atEndOfMonth()).perMonth().stream()
                .filter(group -> group.answered() > 0)
                .map(group -> new Dashboard.SatisfactionRow(group.key(), group.invited(), group.answered(),
                        group.overall())).toList();
    }

    private static Dashboard.Series series(List<Dashboard.Count> counts) {
        return new Dashboard.Series(counts.stream().map(Dashboard.Count::shortLabel).toList(),
                counts.stream().map(Dashboard.Count::count).toList());
    }
}
