package com.maintflow.sla;

import com.maintflow.system.Actors;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Supervisors' and management's SLA report per contract and period (who may call it: SecurityConfig). */
@RestController
@RequestMapping(path = "/api/sla", produces = MediaType.APPLICATION_JSON_VALUE)
class SlaReportController {

    private final SlaReports reports;
    private final Actors actors;

    SlaReportController(SlaReports reports, Actors actors) {
        this.reports = reports;
        this.actors = actors;
    }

    @GetMapping("/report")
    SlaReport report(@RequestParam String contract,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'to' must not be before 'from'");
        }
        return reports.report(contract, from, to, actors.now());
    }
}
