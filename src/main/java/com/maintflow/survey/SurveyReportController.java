package com.maintflow.survey;

import com.maintflow.customer.Customers;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors', management's and admins' survey report (who may call it: SecurityConfig). {@code contract} is
 * optional (all contracts); an unknown contract is 404, {@code to} before {@code from} 400.
 */
@RestController
@RequestMapping(path = "/api/surveys", produces = MediaType.APPLICATION_JSON_VALUE)
class SurveyReportController {

    private final SurveyReports reports;
    private final Customers customers;

    SurveyReportController(SurveyReports reports, Customers customers) {
        this.reports = reports;
        this.customers = customers;
    }

    @GetMapping("/report")
    SurveyReport report(@RequestParam Optional<String> contract,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw problem(HttpStatus.BAD_REQUEST, "'to' must not be before 'from'");
        }
        Optional<String> chosen = contract.map(String::strip).filter(number -> !number.isEmpty());
        if (chosen.isPresent() && customers.contractByNumber(chosen.get()).isEmpty()) {
            throw problem(HttpStatus.NOT_FOUND, "No contract " + chosen.get());
        }
        return reports.report(chosen, from, to);
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
