package com.maintflow.timeline;

import com.maintflow.system.Actors;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads a ticket's timeline; joins the caller's transaction so nothing is half-recorded. */
@Service
@Transactional
public class Timeline {

    private static final int MAX_DETAIL = 4000;

    private final TimelineRepository entries;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    Timeline(TimelineRepository entries, Actors actors, ApplicationEventPublisher events) {
        this.entries = entries;
        this.actors = actors;
        this.events = events;
    }

    public void append(String ticket, String event, String actor, String detail) {
        String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        var entry = entries.save(new TimelineEntry(ticket, actors.now(), event, actor, text));
        events.publishEvent(new TimelineAppended(ticket, event, entry.getOccurredAt(), text));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String ticket) {
        return entries.findByTicketOrderByOccurredAtAscIdAsc(ticket);
    }
}
