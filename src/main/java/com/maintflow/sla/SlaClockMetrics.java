package com.maintflow.sla;

import com.maintflow.system.CachedCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SLA clocks for operators: {@code maintflow_sla_clocks{clock,state}} running and paused now,
 * {@code maintflow_sla_clocks_overdue{clock}} still running past their deadline (breached, not yet stopped), and
 * {@code maintflow_sla_breaches{clock}} every breach recorded (grows; {@code increase()} shows new ones).
 */
@Component
class SlaClockMetrics implements MeterBinder {

    private static final String KEY = "CONCAT(clock, '/', state)";

    private final CachedCounts open;
    private final CachedCounts overdue;
    private final CachedCounts breaches;

    SlaClockMetrics(JdbcTemplate jdbc) {
        this.open = new CachedCounts(jdbc, "SELECT " + KEY + ", COUNT(*) FROM mf_sla_clock"
                + " WHERE state IN ('RUNNING', 'PAUSED') GROUP BY clock, state");
        this.overdue = new CachedCounts(jdbc, "SELECT clock, COUNT(*) FROM mf_sla_clock"
                + " WHERE state = 'RUNNING' AND due_at < ? GROUP BY clock", CachedCounts::utcNow);
        this.breaches = new CachedCounts(jdbc, "SELECT clock, COUNT(*) FROM mf_sla_breach GROUP BY clock");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ClockKind clock : ClockKind.values()) {
            for (ClockState state : new ClockState[] {ClockState.RUNNING, ClockState.PAUSED}) {
                Gauge.builder("maintflow.sla.clocks", open, counts -> counts.count(clock + "/" + state))
                        .description("SLA clocks running or paused (cluster-wide)")
                        .tags("clock", clock.name(), "state", state.name()).register(registry);
            }
            Gauge.builder("maintflow.sla.clocks.overdue", overdue, counts -> counts.count(clock.name()))
                    .description("SLA clocks still running past their deadline (cluster-wide)")
                    .tag("clock", clock.name()).register(registry);
            Gauge.builder("maintflow.sla.breaches", breaches, counts -> counts.count(clock.name()))
                    .description("SLA breaches recorded since the start (cluster-wide)")
                    .tag("clock", clock.name()).register(registry);
        }
    }
}
