package com.maintflow.tasklist;

import com.maintflow.identity.StaffGroup;
import com.maintflow.system.CachedCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code maintflow_tasks_open{candidate_group}}: open user tasks (claimed or not) each staff group is candidate for,
 * the work waiting per group. One grouped count over Camunda's candidate links (deleted with the task), not one
 * task query per group.
 */
@Component
class OpenTaskMetrics implements MeterBinder {

    private final CachedCounts open;

    OpenTaskMetrics(JdbcTemplate jdbc) {
        this.open = new CachedCounts(jdbc, "SELECT GROUP_ID_, COUNT(*) FROM ACT_RU_IDENTITYLINK"
                + " WHERE TYPE_ = 'candidate' AND TASK_ID_ IS NOT NULL AND GROUP_ID_ IS NOT NULL GROUP BY GROUP_ID_");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (StaffGroup group : StaffGroup.values()) {
            Gauge.builder("maintflow.tasks.open", open, counts -> counts.count(group.id()))
                    .description("Open user tasks by candidate group (cluster-wide)")
                    .tag("candidate_group", group.id()).register(registry);
        }
    }
}
