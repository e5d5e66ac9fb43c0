package com.maintflow.sla;

import com.maintflow.customer.Customers;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.system.Actors;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sla}: the supervisors' page over {@link SlaReports} for one contract and period (defaults: the first
 * contract, the current month), with a compliance chart and breaches linked to Cockpit (who may: SecurityConfig).
 */
@Controller
class SlaPageController {

    private final SlaReports reports;
    private final Customers customers;
    private final MaintenanceRequests requests;
    private final Actors actors;

    SlaPageController(SlaReports reports, Customers customers, MaintenanceRequests requests, Actors actors) {
        this.reports = reports;
        this.customers = customers;
        this.requests = requests;
        this.actors = actors;
    }

    @GetMapping("/sla")
    String page(@RequestParam Optional<String> contract,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to, Model model) {
        var contracts = customers.contractNumbers();
        LocalDate today = actors.now().atZone(SlaReports.CONTRACT_ZONE).toLocalDate();
        LocalDate start = from.orElse(today.withDayOfMonth(1));
        LocalDate end = to.filter(day -> !day.isBefore(start)).orElse(start.withDayOfMonth(start.lengthOfMonth()));
        String chosen = contract.filter(contracts::contains).or(() -> contracts.stream().findFirst()).orElse(null);
        model.addAttribute("contracts", contracts);
        model.addAttribute("contract", chosen);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        if (chosen != null) {
            var report = reports.report(chosen, start, end, actors.now());
            model.addAttribute("report", report);
            model.addAttribute("bars", SlaPage.bars(report));
            model.addAttribute("breaches", report.breaches().stream()
                    .map(breach -> SlaPage.row(breach, requests.byTicket(breach.ticket()).getProcessInstanceId()))
                    .toList());
        }
        return "sla/report";
    }
}
