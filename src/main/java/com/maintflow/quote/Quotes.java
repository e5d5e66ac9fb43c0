package com.maintflow.quote;

import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.system.Actors;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prepares quotes and records the customer's answer, whichever way it arrives (task or link). */
@Service
@Transactional
public class Quotes {

    private final QuoteRepository quotes;
    private final MaintenanceRequests requests;
    private final Actors actors;

    Quotes(QuoteRepository quotes, MaintenanceRequests requests, Actors actors) {
        this.quotes = quotes;
        this.requests = requests;
        this.actors = actors;
    }

    void prepare(String ticket, BigDecimal amount, String note, String actor) {
        quotes.save(new Quote(ticket, amount, note, actor, actors.now()));
        requests.advance(ticket, RequestStatus.QUOTED, actor, "报价 / Quote: " + amount.toPlainString() + " CNY");
    }

    public void answer(String ticket, boolean approved, String actor) {
        var quote = quotes.findFirstByTicketOrderByIdDesc(ticket)
                .orElseThrow(() -> new IllegalStateException("No quote to answer for " + ticket));
        quote.answer(approved, actor, actors.now());
        requests.advance(ticket, approved ? RequestStatus.QUOTE_APPROVED : RequestStatus.QUOTE_DECLINED, actor,
                approved ? "客户同意报价 / Quote approved" : "客户拒绝报价 / Quote declined");
    }

    @Transactional(readOnly = true)
    public List<Quote> of(String ticket) {
        return quotes.findByTicketOrderByIdAsc(ticket);
    }
}
