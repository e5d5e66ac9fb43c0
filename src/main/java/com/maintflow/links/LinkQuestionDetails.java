package com.maintflow.links;

import com.maintflow.implementation.MaintenanceRecord;
import com.maintflow.implementation.MaintenanceRecords;
import com.maintflow.plan.MaintenancePlan;
import com.maintflow.plan.MaintenancePlans;
import com.maintflow.quote.Quote;
import com.maintflow.quote.Quotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the customer is asked to answer, shown on the link page itself: the quote's amount, the plan, the fix
 * to accept. The mail carried it too, but a customer who opens the link later (or forwarded it to a manager who
 * decides) must not approve an amount they cannot see. Always the latest round: earlier ones were answered.
 */
@Component
class LinkQuestionDetails {

    /** One labelled line of the page's summary. */
    record Line(String label, String value) {
    }

    private final Quotes quotes;
    private final MaintenancePlans plans;
    private final MaintenanceRecords records;
    private final LinkAnswers answers;

    LinkQuestionDetails(Quotes quotes, MaintenancePlans plans, MaintenanceRecords records, LinkAnswers answers) {
        this.quotes = quotes;
        this.plans = plans;
        this.records = records;
        this.answers = answers;
    }

    @Transactional(readOnly = true)
    List<Line> of(LinkToken link) {
        List<Line> lines = new ArrayList<>();
        switch (link.action()) {
            case QUOTE -> last(quotes.of(link.ticket())).ifPresent(quote -> quote(quote, lines));
            case PLAN -> last(plans.of(link.ticket())).ifPresent(plan -> plan(plan, lines));
            case ACCEPTANCE -> last(records.of(link.ticket())).ifPresent(record -> fix(record, lines));
            default -> answers.otherQuestion(link.action()).ifPresent(question -> question.detailsOf(link.ticket())
                    .forEach(detail -> lines.add(new Line(detail.label(), detail.value()))));
        }
        return lines;
    }

    private static void quote(Quote quote, List<Line> lines) {
        lines.add(new Line("报价金额 / Amount", quote.getAmount().toPlainString() + " CNY"));
        if (quote.getNote() != null && !quote.getNote().isBlank()) {
            lines.add(new Line("说明 / Note", quote.getNote()));
        }
    }

    private static void plan(MaintenancePlan plan, List<Line> lines) {
        lines.add(new Line("维护方案 / Plan (v" + plan.getVersion() + ")", plan.getSummary()));
        if (plan.getDueDate() != null) {
            lines.add(new Line("计划完成日期 / Planned completion", plan.getDueDate().toString()));
        }
    }

    private static void fix(MaintenanceRecord record, List<Line> lines) {
        lines.add(new Line("处理结果 / What was done", record.getSolution()));
    }

    private static <T> Optional<T> last(List<T> rounds) {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }
}
