package com.maintflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first requests of a year arrive together (found by the cluster drill, bench/cluster.sh: one of two nodes
 * answered 500 on the counter row's duplicate key): each gets a number, one after the other.
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
}
