package com.maintflow.ticket;

import com.maintflow.archive.Archives;
import com.maintflow.intake.RequestNotFoundException;
import com.maintflow.intake.RequestOverview;
import com.maintflow.intake.RequestQuery;
import com.maintflow.knowledge.SimilarFaults;
import com.maintflow.records.RequestRecordsQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /tickets}: the latest requests, searchable by ticket, title or customer code. {@code /tickets/{ticket}}: everything staff need about one request on one server-rendered page, linked
 * from each task's description, with a link back to the instance in Cockpit.
 */
@Controller
class TicketPageController {

    private final RequestQuery requests;
    private final RequestRecordsQuery records;
    private final Archives archives;
    private final SimilarFaults similarFaults;
    private final RequestOverview overview;

    TicketPageController(RequestQuery requests, RequestRecordsQuery records, Archives archives,
                         SimilarFaults similarFaults, RequestOverview overview) {
        this.requests = requests;
        this.records = records;
        this.archives = archives;
        this.similarFaults = similarFaults;
        this.overview = overview;
    }

    /** How many requests the list shows: a page to find one, not a report (the dashboard counts them all). */
    static final int LIST_SIZE = 50;

    @GetMapping("/tickets")
    ModelAndView list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "true") boolean open) {
        var page = new ModelAndView("tickets/list");
        page.addObject("q", q);
        page.addObject("open", open);
        page.addObject("rows", overview.latest(q, open, LIST_SIZE));
        page.addObject("limit", LIST_SIZE);
        return page;
    }

    @GetMapping("/tickets/{ticket}")
    ModelAndView ticket(@PathVariable String ticket) {
        var request = requests.view(ticket);
        var page = new ModelAndView("tickets/ticket");
        page.addObject("request", request);
        page.addObject("cockpitUrl", "/camunda/app/cockpit/default/#/process-instance/"
                + request.processInstanceId() + "/runtime");
        var records = this.records.of(ticket);
        page.addObject("feedbackSheets", records.feedbackSheets());
        page.addObject("quotes", records.quotes());
        page.addObject("plans", records.maintenancePlans());
        page.addObject("maintenanceRecords", records.maintenanceRecords());
        page.addObject("acceptanceRounds", records.acceptanceRounds());
        page.addObject("opinion", records.customerOpinion().orElse(null));
        page.addObject("summary", records.maintenanceSummary().orElse(null));
        page.addObject("receipt", records.customerReceipt().orElse(null));
        page.addObject("archive", archives.find(ticket).orElse(null));
        page.addObject("similarFaults", similarFaults.of(ticket));
        return page;
    }

    @ExceptionHandler(RequestNotFoundException.class)
    ModelAndView notFound(RequestNotFoundException e) {
        var page = new ModelAndView("tickets/not-found", HttpStatus.NOT_FOUND);
        page.addObject("message", e.getMessage());
        return page;
    }
}
