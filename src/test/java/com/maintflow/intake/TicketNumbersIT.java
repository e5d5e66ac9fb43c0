package com.maintflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.maintflow.support.MaintFlowIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first requests of a year arrive together (found by the cluster drill, bench/cluster.sh: one of two nodes
 * answered 500 on the counter row's duplicate key): each gets a number, one after the other. A number taken ahead of
 * the intake's transaction does not make the next intake wait for that transaction, and one left unused is logged.
 */
@MaintFlowIntegrationTest
class TicketNumbersIT {

    // A year no other test uses, so its counter starts empty on H2 and on a reused MariaDB database.
    private static final int YEAR = 2999;
    private static final int REQUESTS = 6;

    @Autowired private TicketNumbers numbers;
    @Autowired private PlatformTransactionManager transactionManager;
    @Autowired private JdbcTemplate jdbc;

    @AfterEach
    void removeYear() {
        jdbc.update("delete from mf_ticket_counter where ticket_year = ?", YEAR);
    }

    @Test
    void firstRequestsOfAYearArrivingTogetherAllGetNumbersInSequence() throws Exception {
        Instant midYear = LocalDate.of(YEAR, 6, 1).atStartOfDay(TicketNumbers.BUSINESS_ZONE).toInstant();
        var transactions = new TransactionTemplate(transactionManager);
        var start = new CyclicBarrier(REQUESTS);
        ExecutorService intakes = Executors.newFixedThreadPool(REQUESTS);
        try {
            // when: the year's first requests ask for a number at the same moment, each in its own transaction
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(intakes.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return transactions.execute(tx -> numbers.next(midYear));
                }));
            }
            List<String> tickets = new ArrayList<>();
            for (Future<String> answer : answers) {
                tickets.add(answer.get(60, TimeUnit.SECONDS));
            }

            // then: none failed, and the numbers are 1..n, each once
            assertThat(tickets).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, REQUESTS)
                    .mapToObj(n -> "MR-%d-%06d".formatted(YEAR, n)).toList());
        } finally {
            intakes.shutdownNow();
        }
    }

    @Test
    void aNumberTakenAheadLetsTheNextIntakeThroughWhileTheFirstIsStillOpen() throws Exception {
        var transactions = new TransactionTemplate(transactionManager);
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            // when: the first intake, holding its transaction open after its number, waits for a second one to finish
            List<String> tickets = numbers.withNumberTaken(TicketNumbers.REQUESTS, midYear(),
                    () -> transactions.execute(tx -> {
                        String first = numbers.next(midYear());
                        Future<String> next = second.submit(() -> numbers.withNumberTaken(TicketNumbers.REQUESTS,
                                midYear(), () -> transactions.execute(tx2 -> numbers.next(midYear()))));
                        try {
                            // Taken inside the first's transaction, the second's number would wait for its commit.
                            return List.of(first, next.get(20, TimeUnit.SECONDS));
                        } catch (Exception e) {
                            throw new AssertionError("The second intake waited for the first one's transaction", e);
                        }
                    }));

            // then: both got their numbers, in order
            assertThat(tickets).containsExactly(ticket(1), ticket(2));
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void anIntakeFailingAfterItsNumberLeavesAGapThatIsLogged() {
        var transactions = new TransactionTemplate(transactionManager);
        var logged = new ListAppender<ILoggingEvent>();
        var logger = (Logger) LoggerFactory.getLogger(TicketNumbers.class);
        logged.start();
        logger.addAppender(logged);
        try {
            // when: an intake takes its number and then fails
            assertThatThrownBy(() -> numbers.withNumberTaken(TicketNumbers.REQUESTS, midYear(),
                    () -> transactions.execute(tx -> {
                        numbers.next(midYear());
                        throw new IllegalStateException("engine down");
                    }))).hasMessage("engine down");

            // then: the next intake gets the number after it, and the unused one is named in the log
            String next = numbers.withNumberTaken(TicketNumbers.REQUESTS, midYear(),
                    () -> transactions.execute(tx -> numbers.next(midYear())));
            assertThat(next).isEqualTo(ticket(2));
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("Number " + ticket(1) + " was taken but its intake failed: it stays unused, "
                            + "a gap in the series");
        } finally {
            logger.detachAppender(logged);
        }
    }

    private static Instant midYear() {
        return LocalDate.of(YEAR, 6, 1).atStartOfDay(TicketNumbers.BUSINESS_ZONE).toInstant();
    }

    private static String ticket(int number) {
        return "MR-%d-%06d".formatted(YEAR, number);
    }
}
