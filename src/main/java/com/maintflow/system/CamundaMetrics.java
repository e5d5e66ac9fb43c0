package com.maintflow.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Camunda's own engine metrics for Prometheus: activity instances, job acquisition and execution, decisions, as
 * counters of this node since it started ({@code camunda_job_successful_total} …), and open incidents and the job
 * backlog as cluster-wide gauges.
 *
 * <p>Workaround, marked: Camunda 7 has no Micrometer binding, and its meters ({@code impl.metrics.Meter}) are cleared
 * every reporting interval when the engine writes them to ACT_RU_METER_LOG, so reading them would lose counts. This
 * plugin puts a meter into the registry that also adds to a total nobody clears; Camunda keeps writing its meter log
 * as before. It touches only the registry's meter map, after the engine built it.
 */
@Component
class CamundaMetrics extends AbstractProcessEnginePlugin implements MeterBinder {

    /** The engine meters exported; names become {@code camunda.<name, dots for dashes>}. */
    static final List<String> METERS = List.of(Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
            Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
            Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.EXECUTED_DECISION_ELEMENTS);
    private static final List<String> INCIDENT_TYPES = List.of(Incident.FAILED_JOB_HANDLER_TYPE,
            Incident.EXTERNAL_TASK_HANDLER_TYPE);

    private final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    CamundaMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        METERS.forEach(name -> totals.put(name, new AtomicLong()));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        var registry = configuration.getMetricsRegistry();
        if (registry == null) {
            return; // metrics switched off: the counters stay at 0
        }
        registry.getDbMeters().replaceAll((name, meter) -> totals.containsKey(name)
                ? new TotallingMeter(name, totals.get(name)) : meter);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : METERS) {
            FunctionCounter.builder("camunda." + name.replace('-', '.'), totals.get(name), AtomicLong::get)
                    .description("Camunda engine metric " + name + " on this node since start").register(registry);
        }
        var incidents = new CachedCounts(jdbc,
                "SELECT INCIDENT_TYPE_, COUNT(*) FROM ACT_RU_INCIDENT GROUP BY INCIDENT_TYPE_");
        for (String type : INCIDENT_TYPES) {
            Gauge.builder("camunda.incidents.open", incidents, counts -> counts.count(type))
                    .description("Open incidents by type (cluster-wide)").tag("type", type).register(registry);
        }
        var jobs = new CachedCounts(jdbc, "SELECT CASE WHEN RETRIES_ > 0 THEN 'due' ELSE 'failed' END,"
                + " COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ <= 0 OR (SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL"
                + " OR DUEDATE_ <= ?)) GROUP BY CASE WHEN RETRIES_ > 0 THEN 'due' ELSE 'failed' END",
                // Camunda writes its dates in the JVM's zone, as a java.sql.Timestamp does.
                () -> new Object[] {new Timestamp(System.currentTimeMillis())});
        Gauge.builder("camunda.jobs.due", jobs, counts -> counts.count("due"))
                .description("Jobs due now and not yet done: the job executor's backlog (cluster-wide)")
                .register(registry);
        Gauge.builder("camunda.jobs.failed", jobs, counts -> counts.count("failed"))
                .description("Jobs out of retries, each an incident (cluster-wide)").register(registry);
    }

    /** A Camunda meter that also adds every mark to a total the meter-log reporter does not clear. */
    private static final class TotallingMeter extends Meter {

        private final AtomicLong total;

        TotallingMeter(String name, AtomicLong total) {
            super(name);
            this.total = total;
        }

        @Override
        public void markTimes(long times) {
            super.markTimes(times);
            total.addAndGet(times);
        }

        @Override
        public void mark() {
            markTimes(1);
        }
    }
}
