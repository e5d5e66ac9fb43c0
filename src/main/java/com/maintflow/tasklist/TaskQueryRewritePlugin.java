package com.maintflow.tasklist;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
 * The one place MaintFlow overrides a Camunda internal: on MySQL/MariaDB, the SQL of the task list and count query
 * (what Tasklist's filters and {@code GET /engine-rest/task} run) is rewritten by {@link TaskQuerySql} before it is
 * prepared, as a MyBatis interceptor on Camunda's own SQL session factory. Why: Camunda's authorization join makes
 * that query quadratic on MySQL (21 s at 10,000 open tasks, none at 100,000; docs/benchmarks.md). The rewrite keeps
 * the rows and their order, is applied only to the exact statement shape Camunda 7.24 generates, and leaves every
 * other statement and database alone.
 */
@Component
public class TaskQueryRewritePlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskQueryRewritePlugin.class);
    private static final Set<String> STATEMENTS = Set.of(
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria");
    private static final Set<String> DATABASES = Set.of("mysql", "mariadb");

    private final AtomicLong rewritten = new AtomicLong();
    private final AtomicLong passedThrough = new AtomicLong();
    private volatile boolean enabled = true;

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!DATABASES.contains(configuration.getDatabaseType())) {
            return;
        }
        configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewrite());
        log.info("Task query SQL rewrite for {} in place (tasklist/TaskQuerySql)", configuration.getDatabaseType());
    }

    /** How many task queries were rewritten, and how many had a shape the rewrite does not know. */
    public long rewritten() {
        return rewritten.get();
    }

    public long passedThrough() {
        return passedThrough.get();
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
            if (enabled && STATEMENTS.contains(statement.getId())) {
                BoundSql bound = (BoundSql) handler.getValue("delegate.boundSql");
                String camundaSql = bound.getSql();
                TaskQuerySql.rewrite(camundaSql).ifPresentOrElse(sql -> {
                    List<ParameterMapping> original = bound.getParameterMappings();
                    List<ParameterMapping> mappings = new ArrayList<>();
                    sql.parameters().forEach(index -> mappings.add(original.get(index)));
                    MetaObject boundMeta = SystemMetaObject.forObject(bound);
                    boundMeta.setValue("sql", sql.sql());
                    boundMeta.setValue("parameterMappings", mappings);
                    rewritten.incrementAndGet();
                    log.debug("Task query {} rewritten from: {}\nto: {}", statement.getId(), camundaSql, sql.sql());
                }, passedThrough::incrementAndGet);
            }
            return invocation.proceed();
        }
    }
}
