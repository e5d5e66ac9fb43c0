package com.maintflow.sla;

import com.maintflow.customer.Customers;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.system.Actors;
import org.camunda.bpm.engine.HistoryService;
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
    private final HistoryService history;

    SlaPageController(SlaReports reports, Customers customers, MaintenanceRequests requests, Actors actors,
                      HistoryService history) {
        this.reports = reports;
        this.customers = customers;
        this.requests = requests;
        this.actors = actors;
        this.history = history;
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
                    .map(breach -> SlaPage.row(breach, processInstanceOf(breach.ticket())))
                    .toList());
        }
        return "sla/report";
    }

    /**
     * The process a breached key belongs to: a maintenance request's from the register, any other service process's
     * (a complaint, an inspection) by its business key, never the escalation's own instance.
     */
    private String processInstanceOf(String key) {
        if (requests.exists(key)) {
            return requests.byTicket(key).getProcessInstanceId();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                .orderByProcessInstanceStartTime().asc().list().stream()
                .filter(instance -> !SlaEscalations.PROCESS_KEY.equals(instance.getProcessDefinitionKey()))
                .map(instance -> instance.getId()).findFirst().orElse("");
    }
}
