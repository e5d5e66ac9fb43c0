package com.maintflow.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out numbers {@code <series>-<year>-<6 digits>}, counting per series and year in the business zone: tickets
 * {@code MR-2026-000001} and, for other registers, e.g. complaints {@code CP-2026-000001}.
 * <p>
 * The year's counter row is locked while it is incremented, so every number is handed out once, on any number of
 * nodes. Where that lock is held decides how many intakes can run at once: taken inside the intake's transaction it
 * is held until the whole start (register, acknowledgement, SLA clocks, mails) commits, and intakes queue behind one
 * another. {@link #withNumberTaken} takes the number in a transaction of its own first, which holds the lock for one
 * UPDATE. The price: an intake that fails after that leaves its number unused, a gap in the series that is logged.
 */
@Component
public class TicketNumbers {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final String REQUESTS = "MR";
    private static final java.util.regex.Pattern SERIES = java.util.regex.Pattern.compile("[A-Z]{2}");

    private static final Logger log = LoggerFactory.getLogger(TicketNumbers.class);

    /** A number taken ahead of the transaction that will use it, for this thread's intake only. */
    private static final ThreadLocal<Reservation> TAKEN = new ThreadLocal<>();

    private static final class Reservation {
        private final String series;
        private final int year;
        private final String number;
        private boolean used;

        Reservation(String series, int year, String number) {
            this.series = series;
            this.year = year;
            this.number = number;
        }
    }

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

    /**
     * The next number of {@code series} (two capital letters) for the year of {@code receivedAt}: the one
     * {@link #withNumberTaken} took for this thread if it is of that series and year, else one taken now, in the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String series, Instant receivedAt) {
        requireSeries(series);
        int year = yearOf(receivedAt);
        Reservation taken = TAKEN.get();
        if (taken != null && !taken.used && taken.series.equals(series) && taken.year == year) {
            taken.used = true;
            return taken.number;
        }
        return take(series, year);
    }

    /**
     * Runs {@code work}, which will ask {@link #next} for a number of {@code series}, with that number already
     * taken in a short transaction of its own, so concurrent intakes do not wait for each other's whole start. When
     * the caller is already in a transaction the number is taken where it is used, as before: a second connection
     * per caller could exhaust the pool. If {@code work} fails, or never asks, the number stays unused: logged as a
     * gap.
     */
    public <T> T withNumberTaken(String series, Instant at, Supplier<T> work) {
        requireSeries(series);
        if (TransactionSynchronizationManager.isActualTransactionActive() || TAKEN.get() != null) {
            return work.get();
        }
        int year = yearOf(at);
        var taken = new Reservation(series, year, ownTransaction.execute(tx -> take(series, year)));
        TAKEN.set(taken);
        boolean done = false;
        try {
            T result = work.get();
            done = true;
            return result;
        } finally {
            TAKEN.remove();
            if (!done || !taken.used) {
                log.warn("Number {} was taken but {}: it stays unused, a gap in the series", taken.number,
                        done ? "not asked for (the year changed meanwhile?)" : "its intake failed");
            }
        }
    }

    private String take(String series, int year) {
        TicketCounter counter = counters.lockYear(series, year).orElseGet(() -> {
            createYear(series, year);
            return counters.lockYear(series, year).orElseThrow();
        });
        return "%s-%d-%06d".formatted(series, year, counter.next());
    }

    private static void requireSeries(String series) {
        if (!SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("A number series is two capital letters, not '" + series + "'");
        }
    }

    private static int yearOf(Instant at) {
        return at.atZone(BUSINESS_ZONE).getYear();
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
