package com.maintflow.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * A bare Camunda engine, no MaintFlow bean anywhere near it: the yardstick the issue asks for ("what Camunda alone
 * does on the same database and history level"). Same engine version and settings that shape the work per
 * transaction as MaintFlow's (history full, authorization on, so per-task grants are written; job executor off,
 * jobs run by the benchmark), on its own database so neither sees the other's rows: H2 in memory, or MariaDB from
 * BENCH_BARE_DB_URL / _USER / _PASSWORD ({@code bench/run-benchmarks.sh} creates that scratch database). The
 * users who claim the tasks exist with their groups, as in MaintFlow.
 */
final class BareEngine implements AutoCloseable {

    private static final String NAME = "bare";

    private final ProcessEngine engine;
    private final HikariDataSource dataSource;

    private BareEngine(ProcessEngine engine, HikariDataSource dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
    }

    /**
     * The bare engine for {@code database}, or null when MariaDB is asked for and BENCH_BARE_DB_URL is not set.
     * The settings that shape the work per transaction are read from MaintFlow's running engine ({@code like}),
     * so the yardstick follows config/application.yml instead of a copy of it.
     */
    static BareEngine on(BenchDatabase database, ProcessEngineConfigurationImpl like) {
        var pool = new HikariConfig();
        if (database == BenchDatabase.H2) {
            pool.setJdbcUrl("jdbc:h2:mem:maintflow-bare;DB_CLOSE_DELAY=-1;" + BenchDatabase.Constants.H2_NO_REUSE);
            pool.setUsername("sa");
        } else {
            String url = System.getenv("BENCH_BARE_DB_URL");
            if (url == null || url.isBlank()) {
                return null;
            }
            pool.setJdbcUrl(url);
            pool.setUsername(System.getenv("BENCH_BARE_DB_USER"));
            pool.setPassword(System.getenv("BENCH_BARE_DB_PASSWORD"));
        }
        // The pool MaintFlow runs on (Hikari, its default size), READ COMMITTED as Camunda requires on MySQL.
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        var dataSource = new HikariDataSource(pool);
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setProcessEngineName(NAME);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(like.getHistoryLevel().getName());
        configuration.setAuthorizationEnabled(like.isAuthorizationEnabled());
        configuration.setJobExecutorActivate(false);
        // Group ids such as customer-service, and a history TTL on every model.
        configuration.setGroupResourceWhitelistPattern(like.getGroupResourceWhitelistPattern());
        configuration.setEnforceHistoryTimeToLive(like.isEnforceHistoryTimeToLive());
        var engine = new BareEngine(configuration.buildProcessEngine(), dataSource);
        engine.createUsers();
        return engine;
    }

    ProcessEngine engine() {
        return engine;
    }

    private void createUsers() {
        IdentityService identity = engine.getIdentityService();
        Map<String, String> groupOf = Map.of(MaintFlowFlow.CUSTOMER_SERVICE_USER, "customer-service",
                MaintFlowFlow.ENGINEER_USER, "maintenance-engineers");
        groupOf.forEach((user, group) -> {
            if (identity.createUserQuery().userId(user).count() == 0) {
                var newUser = identity.newUser(user);
                newUser.setPassword(user + "-bare-bench");
                identity.saveUser(newUser);
            }
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                identity.saveGroup(identity.newGroup(group));
                identity.createMembership(user, group);
            }
        });
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
