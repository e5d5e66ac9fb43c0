package com.maintflow.support;

import com.maintflow.intake.IntakeService;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What intake leaves in the database: request rows, issued ticket numbers and started process instances (counted in
 * history, which only grows, so instances ending meanwhile cannot disturb a before/after comparison).
 */
public final class IntakeFootprint {

    /** One reading of the counts. */
    public record Counts(long requests, long ticketNumbersIssued, long startedInstances) {

        public Counts plusRequests(long n) {
            return new Counts(requests + n, ticketNumbersIssued + n, startedInstances + n);
        }
    }

    private final JdbcTemplate jdbc;
    private final HistoryService history;

    public IntakeFootprint(JdbcTemplate jdbc, HistoryService history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    public Counts now() {
        return new Counts(count("select count(*) from mf_maintenance_request"),
                count("select coalesce(sum(last_number), 0) from mf_ticket_counter"),
                history.createHistoricProcessInstanceQuery().processDefinitionKey(IntakeService.PROCESS_KEY).count());
    }

    /** Requests without a process instance with their ticket as business key, and the other way round. */
    public long halfCreated() {
        long requestsWithoutProcess = count("select count(*) from mf_maintenance_request r where not exists"
                + " (select 1 from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = r.ticket)");
        long processesWithoutRequest = count("select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = '"
                + IntakeService.PROCESS_KEY + "' and not exists"
                + " (select 1 from mf_maintenance_request r where r.ticket = p.BUSINESS_KEY_)");
        return requestsWithoutProcess + processesWithoutRequest;
    }

    public String storedTitle(String ticket) {
        return jdbc.queryForObject("select title from mf_maintenance_request where ticket = ?", String.class, ticket);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
