package com.maintflow.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Feedback sheets of a ticket, oldest first. */
interface FeedbackSheetRepository extends JpaRepository<FeedbackSheet, Long> {

    List<FeedbackSheet> findByTicketOrderByIdAsc(String ticket);
}
