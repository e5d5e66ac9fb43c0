package com.maintflow.records;

import com.maintflow.acceptance.AcceptanceRound;
import com.maintflow.acceptance.CustomerOpinion;
import com.maintflow.closure.MaintenanceSummary;
import com.maintflow.implementation.MaintenanceRecord;
import com.maintflow.plan.MaintenancePlan;
import com.maintflow.quote.Quote;
import com.maintflow.receipt.CustomerReceipt;
import com.maintflow.review.FeedbackSheet;
import java.util.List;
import java.util.Optional;

/** The records the seeds name for one request, each list oldest first; absent ones are empty. */
public record RequestRecords(
        List<FeedbackSheet> feedbackSheets,
        List<Quote> quotes,
        List<MaintenancePlan> maintenancePlans,
        List<MaintenanceRecord> maintenanceRecords,
        List<AcceptanceRound> acceptanceRounds,
        Optional<CustomerOpinion> customerOpinion,
        Optional<MaintenanceSummary> maintenanceSummary,
        Optional<CustomerReceipt> customerReceipt) {
}
