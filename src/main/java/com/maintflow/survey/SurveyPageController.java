package com.maintflow.survey;

import com.maintflow.customer.Customers;
import com.maintflow.system.Actors;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /surveys}: the supervisors' page over {@link SurveyReports} (defaults: all contracts, the last twelve
 * months up to today), low scores linked to their ticket page (who may: SecurityConfig).
 */
@Controller
class SurveyPageController {

    private final SurveyReports reports;
    private final Customers customers;
    private final Actors actors;

    SurveyPageController(SurveyReports reports, Customers customers, Actors actors) {
        this.reports = reports;
        this.customers = customers;
        this.actors = actors;
    }

    @GetMapping("/surveys")
    String page(@RequestParam Optional<String> contract,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to, Model model) {
        var contracts = customers.contractNumbers();
        LocalDate today = actors.now().atZone(SurveyReports.CONTRACT_ZONE).toLocalDate();
        LocalDate end = to.orElse(today);
        LocalDate start = from.filter(day -> !day.isAfter(end)).orElse(end.minusMonths(11).withDayOfMonth(1));
        Optional<String> chosen = contract.filter(contracts::contains);
        model.addAttribute("contracts", contracts);
        model.addAttribute("contract", chosen.orElse(""));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("report", reports.report(chosen, start, end));
        return "surveys/report";
    }
}
