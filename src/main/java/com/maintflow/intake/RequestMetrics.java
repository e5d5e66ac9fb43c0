package com.maintflow.intake;

import com.maintflow.system.CachedCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code maintflow_requests_open{status}}: requests not yet archived, by the last milestone they reached. */
@Component
class RequestMetrics implements MeterBinder {

    private final CachedCounts open;

    RequestMetrics(JdbcTemplate jdbc) {
        this.open = new CachedCounts(jdbc,
                "SELECT status, COUNT(*) FROM mf_maintenance_request WHERE status <> 'ARCHIVED' GROUP BY status");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RequestStatus status : RequestStatus.values()) {
            if (status != RequestStatus.ARCHIVED) {
                Gauge.builder("maintflow.requests.open", open, counts -> counts.count(status.name()))
                        .description("Open maintenance requests by status (cluster-wide)").tag("status", status.name())
                        .register(registry);
            }
        }
    }
}
