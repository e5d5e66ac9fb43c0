package com.maintflow.intake;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Hands out ticket numbers {@code MR-<year>-<6 digits>}, counting per year in the business zone. */
@Component
class TicketNumbers {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final TicketCounterRepository counters;

    TicketNumbers(TicketCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Instant receivedAt) {
        int year = receivedAt.atZone(BUSINESS_ZONE).getYear();
        TicketCounter counter = counters.lockYear(year).orElseGet(() -> counters.saveAndFlush(new TicketCounter(year)));
        return "MR-%d-%06d".formatted(year, counter.next());
    }
}
