package com.maintflow.bench;

import java.sql.SQLException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The same index {@code system/EngineIndexes} creates in the application, for the benchmark's own engine. */
final class DueDateIndexSql {

    private DueDateIndexSql() {
    }

    static void create(ProcessEngineConfigurationImpl configuration) throws SQLException {
        try (var connection = configuration.getDataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE INDEX MF_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)");
        }
    }
}
