package com.maintflow.bench;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
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

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The bare engine for {@code database}, or null when MariaDB is asked for and BENCH_BARE_DB_URL is not set. */
    static BareEngine on(BenchDatabase database) {
        var configuration = new StandaloneProcessEngineConfiguration();
        if (database == BenchDatabase.H2) {
            configuration.setJdbcUrl("jdbc:h2:mem:maintflow-bare;DB_CLOSE_DELAY=-1");
            configuration.setJdbcUsername("sa");
            configuration.setJdbcPassword("");
        } else {
            String url = System.getenv("BENCH_BARE_DB_URL");
            if (url == null || url.isBlank()) {
                return null;
            }
            configuration.setJdbcUrl(url);
            configuration.setJdbcUsername(System.getenv("BENCH_BARE_DB_USER"));
            configuration.setJdbcPassword(System.getenv("BENCH_BARE_DB_PASSWORD"));
            configuration.setJdbcDriver("com.mysql.cj.jdbc.Driver");
        }
        configuration.setProcessEngineName(NAME);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        // As config/application.yml: group ids such as customer-service, and a history TTL on every model.
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
        configuration.setEnforceHistoryTimeToLive(true);
        // MaintFlow's pool size (Hikari's default in the app is 10); MyBatis' pooled source otherwise.
        configuration.setJdbcMaxActiveConnections(10);
        var engine = new BareEngine(configuration.buildProcessEngine());
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
    }
}
