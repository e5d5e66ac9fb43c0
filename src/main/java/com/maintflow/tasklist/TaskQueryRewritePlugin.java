package com.maintflow.tasklist;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place MaintFlow overrides a Camunda internal: on MySQL/MariaDB, the SQL of two of Camunda's statements is
 * rewritten before it is prepared, as a MyBatis interceptor on Camunda's own SQL session factory:
 * <ul>
 * <li>the task list and count ({@link TaskQuerySql}: what Tasklist's filters and {@code GET /engine-rest/task} run),
 * because Camunda's authorization join makes it quadratic on MySQL (21 s at 10,000 open tasks, none at 100,000);</li>
 * <li>the historic process instance list and count ({@link HistoricProcessInstanceQuerySql}: Cockpit's history view,
 * {@code /engine-rest/history/process-instance}), because the same join made its newest page read and sort every
 * instance (0.8 s at 100,000);</li>
 * <li>Cockpit's running-instance list and count ({@link RunningProcessInstanceQuerySql}), for the same reason (1.2 s
 * at 100,000). Cockpit runs its plugin queries through a MyBatis session factory of its own, which
 * {@link CockpitQueryRewrite} gives the same interceptor.</li>
 * </ul>
 * Measured in docs/benchmarks.md. Each rewrite keeps the rows and their order, is applied only to the exact statement
 * shape Camunda 7.24 generates, and leaves every other statement and database alone.
 */
@Component
public class TaskQueryRewritePlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskQueryRewritePlugin.class);
    private static final String ENTITY = "org.camunda.bpm.engine.impl.persistence.entity.";
    private static final Map<String, Function<String, Optional<MarkedSql.Rewritten>>> REWRITES = Map.of(
            ENTITY + "TaskEntity.selectTaskByQueryCriteria", TaskQuerySql::rewrite,
            ENTITY + "TaskEntity.selectTaskCountByQueryCriteria", TaskQuerySql::rewrite,
            ENTITY + "HistoricProcessInstanceEntity.selectHistoricProcessInstancesByQueryCriteria",
            HistoricProcessInstanceQuerySql::rewrite,
            ENTITY + "HistoricProcessInstanceEntity.selectHistoricProcessInstanceCountByQueryCriteria",
            HistoricProcessInstanceQuerySql::rewrite,
            "cockpit.base.selectRunningProcessInstancesIncludingIncidents", RunningProcessInstanceQuerySql::rewrite,
            "cockpit.base.selectRunningProcessInstancesCount", RunningProcessInstanceQuerySql::rewrite);
    private static final Set<String> DATABASES = Set.of("mysql", "mariadb");

    private final AtomicLong rewritten = new AtomicLong();
    private final AtomicLong passedThrough = new AtomicLong();
    private volatile boolean enabled = true;
    private volatile String lastRewritten;

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (installOn(configuration)) {
            log.info("Task query SQL rewrite for {} in place (tasklist/TaskQuerySql)", configuration.getDatabaseType());
        }
    }

    /** Adds the rewrite to a session factory built from this engine's configuration (the engine's, or Cockpit's). */
    boolean installOn(ProcessEngineConfigurationImpl configuration) {
        if (!DATABASES.contains(configuration.getDatabaseType())) {
            return false;
        }
        configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewrite());
        return true;
    }

    /** How many queries were rewritten, and how many had a shape the rewrite does not know. */
    public long rewritten() {
        return rewritten.get();
    }

    public long passedThrough() {
        return passedThrough.get();
    }

    /** The SQL of the latest rewrite: lets tests and the benchmark see which shape a call ran with. */
    public String lastRewritten() {
        return lastRewritten;
    }

    /** Off runs Camunda's own SQL: for comparing results and plans (tests, benchmark), never in production. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    private final class Rewrite implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
            var statement = (MappedStatement) handler.getValue("delegate.mappedStatement");
            var rewrite = enabled ? REWRITES.get(statement.getId()) : null;
            if (rewrite != null) {
                BoundSql bound = (BoundSql) handler.getValue("delegate.boundSql");
                String camundaSql = bound.getSql();
                rewrite.apply(camundaSql).ifPresentOrElse(sql -> {
                    List<ParameterMapping> original = bound.getParameterMappings();
                    List<ParameterMapping> mappings = new ArrayList<>();
                    sql.parameters().forEach(index -> mappings.add(original.get(index)));
                    MetaObject boundMeta = SystemMetaObject.forObject(bound);
                    boundMeta.setValue("sql", sql.sql());
                    boundMeta.setValue("parameterMappings", mappings);
                    rewritten.incrementAndGet();
                    lastRewritten = sql.sql();
                    log.debug("Query {} rewritten from: {}\nto: {}", statement.getId(), camundaSql, sql.sql());
                }, passedThrough::incrementAndGet);
            }
            return invocation.proceed();
        }
    }
}
