package com.maintflow.intake;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out numbers {@code <series>-<year>-<6 digits>}, counting per series and year in the business zone: tickets
 * {@code MR-2026-000001} and, for other registers, e.g. complaints {@code CP-2026-000001}.
 */
@Component
public class TicketNumbers {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final String REQUESTS = "MR";
    private static final java.util.regex.Pattern SERIES = java.util.regex.Pattern.compile("[A-Z]{2}");

    private final TicketCounterRepository counters;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    TicketNumbers(TicketCounterRepository counters, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Instant receivedAt) {
        return next(REQUESTS, receivedAt);
    }

    /** The next number of {@code series} (two capital letters) for the year of {@code receivedAt}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String series, Instant receivedAt) {
        if (!SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("A number series is two capital letters, not '" + series + "'");
        }
        int year = receivedAt.atZone(BUSINESS_ZONE).getYear();
        TicketCounter counter = counters.lockYear(series, year).orElseGet(() -> {
            createYear(series, year);
            return counters.lockYear(series, year).orElseThrow();
        });
        return "%s-%d-%06d".formatted(series, year, counter.next());
    }

    /**
     * A year's row is inserted in a transaction of its own and then locked like any other. Two first requests of a
     * year (a new installation, New Year's morning, two nodes) both find no row: inserting it inside the intake's
     * transaction made the loser's whole intake fail on the duplicate key (answered 500); now only this small insert
     * fails, and both wait for the one row's lock. A plain INSERT, never a merge, so an existing count is never reset.
     */
    private void createYear(String series, int year) {
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update(
                    "insert into mf_ticket_counter (series, ticket_year, last_number) values (?, ?, 0)", series, year));
        } catch (DataIntegrityViolationException createdByAnother) {
            // The other request inserted it first: lock that row.
        }
    }
}
