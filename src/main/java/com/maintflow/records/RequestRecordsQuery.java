package com.maintflow.records;

import com.maintflow.acceptance.Acceptances;
import com.maintflow.closure.MaintenanceSummaries;
import com.maintflow.implementation.MaintenanceRecords;
import com.maintflow.plan.MaintenancePlans;
import com.maintflow.quote.Quotes;
import com.maintflow.receipt.CustomerReceiptRepository;
import com.maintflow.review.Reviews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads every record of a ticket through the owning capabilities' public services. */
@Service
@Transactional(readOnly = true)
public class RequestRecordsQuery {

    private final Reviews reviews;
    private final Quotes quotes;
    private final MaintenancePlans plans;
    private final MaintenanceRecords maintenanceRecords;
    private final Acceptances acceptances;
    private final MaintenanceSummaries summaries;
    private final CustomerReceiptRepository receipts;

    RequestRecordsQuery(Reviews reviews, Quotes quotes, MaintenancePlans plans, MaintenanceRecords maintenanceRecords,
                        Acceptances acceptances, MaintenanceSummaries summaries, CustomerReceiptRepository receipts) {
        this.reviews = reviews;
        this.quotes = quotes;
        this.plans = plans;
        this.maintenanceRecords = maintenanceRecords;
        this.acceptances = acceptances;
        this.summaries = summaries;
        this.receipts = receipts;
    }

    public RequestRecords of(String ticket) {
        return new RequestRecords(reviews.of(ticket), quotes.of(ticket), plans.of(ticket),
                maintenanceRecords.of(ticket), acceptances.roundsOf(ticket), acceptances.opinionOf(ticket),
                summaries.of(ticket), receipts.findByTicket(ticket));
    }
}
