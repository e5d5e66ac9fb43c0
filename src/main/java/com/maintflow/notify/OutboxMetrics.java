package com.maintflow.notify;

import com.maintflow.system.CachedCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code maintflow_notifications{status}}: outbox rows waiting to be sent (PENDING, retries included) and given up
 * after the last attempt (FAILED). A PENDING count that only grows means the SMTP server is not answering.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final CachedCounts outbox;

    OutboxMetrics(JdbcTemplate jdbc) {
        this.outbox = new CachedCounts(jdbc, "SELECT status, COUNT(*) FROM mf_notification WHERE status IN ('"
                + RecordedNotification.PENDING + "', '" + RecordedNotification.FAILED + "') GROUP BY status");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {RecordedNotification.PENDING, RecordedNotification.FAILED}) {
            Gauge.builder("maintflow.notifications", outbox, counts -> counts.count(status))
                    .description("Outbox notifications pending or failed (cluster-wide)").tag("status", status)
                    .register(registry);
        }
    }
}
