package com.maintflow.ticket;

import com.maintflow.acceptance.Acceptances;
import com.maintflow.archive.Archives;
import com.maintflow.closure.MaintenanceSummaries;
import com.maintflow.implementation.MaintenanceRecords;
import com.maintflow.intake.RequestNotFoundException;
import com.maintflow.intake.RequestQuery;
import com.maintflow.plan.MaintenancePlans;
import com.maintflow.quote.Quotes;
import com.maintflow.receipt.CustomerReceiptRepository;
import com.maintflow.review.Reviews;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /tickets/{ticket}}: everything staff need about one request on one server-rendered page, linked
 * from each task's description, with a link back to the instance in Cockpit.
 */
@Controller
class TicketPageController {

    private final RequestQuery requests;
    private final Reviews reviews;
    private final Quotes quotes;
    private final MaintenancePlans plans;
    private final MaintenanceRecords maintenanceRecords;
    private final Acceptances acceptances;
    private final MaintenanceSummaries summaries;
    private final CustomerReceiptRepository receipts;
    private final Archives archives;

    TicketPageController(RequestQuery requests, Reviews reviews, Quotes quotes, MaintenancePlans plans,
                         MaintenanceRecords maintenanceRecords, Acceptances acceptances,
                         MaintenanceSummaries summaries, CustomerReceiptRepository receipts, Archives archives) {
        this.requests = requests;
        this.reviews = reviews;
        this.quotes = quotes;
        this.plans = plans;
        this.maintenanceRecords = maintenanceRecords;
        this.acceptances = acceptances;
        this.summaries = summaries;
        this.receipts = receipts;
        this.archives = archives;
    }

    @GetMapping("/tickets/{ticket}")
    ModelAndView ticket(@PathVariable String ticket) {
        var request = requests.view(ticket);
        var page = new ModelAndView("tickets/ticket");
        page.addObject("request", request);
        page.addObject("cockpitUrl", "/camunda/app/cockpit/default/#/process-instance/"
                + request.processInstanceId() + "/runtime");
        page.addObject("feedbackSheets", reviews.of(ticket));
        page.addObject("quotes", quotes.of(ticket));
        page.addObject("plans", plans.of(ticket));
        page.addObject("maintenanceRecords", maintenanceRecords.of(ticket));
        page.addObject("acceptanceRounds", acceptances.roundsOf(ticket));
        page.addObject("opinion", acceptances.opinionOf(ticket).orElse(null));
        page.addObject("summary", summaries.of(ticket).orElse(null));
        page.addObject("receipt", receipts.findByTicket(ticket).orElse(null));
        page.addObject("archive", archives.find(ticket).orElse(null));
        return page;
    }

    @ExceptionHandler(RequestNotFoundException.class)
    ModelAndView notFound(RequestNotFoundException e) {
        var page = new ModelAndView("tickets/not-found", HttpStatus.NOT_FOUND);
        page.addObject("message", e.getMessage());
        return page;
    }
}
