package com.maintflow.timeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Timeline entries of one ticket, oldest first (insertion order breaks ties within a millisecond). */
interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByTicketOrderByOccurredAtAscIdAsc(String ticket);
}
