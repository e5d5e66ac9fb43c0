package com.maintflow.review;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the review records of a ticket. */
@Service
@Transactional(readOnly = true)
public class Reviews {

    private final FeedbackSheetRepository sheets;

    Reviews(FeedbackSheetRepository sheets) {
        this.sheets = sheets;
    }

    public List<FeedbackSheet> of(String ticket) {
        return sheets.findByTicketOrderByIdAsc(ticket);
    }
}
