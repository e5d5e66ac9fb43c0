package com.maintflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * On MySQL/MariaDB, switches the Camunda columns that hold free text (variable values, comments, error messages) to
 * {@code utf8mb4}, so an emoji or a supplementary CJK character in a request title can be stored — also in task
 * names and descriptions, which carry the title.
 * Workaround: Camunda's MySQL scripts create every ACT_ table with {@code DEFAULT CHARSET=utf8} (3-byte utf8mb3), and
 * intake failed with "Incorrect string value" on {@code ACT_HI_VARINST.TEXT_} while our own tables and H2 took the
 * text. Only these value columns change: id columns are foreign keys MariaDB will not convert, and joining ids of
 * different charsets would stop index use. Idempotent: columns already in utf8mb4 are left alone.
 */
@Component
class CamundaTablesUtf8mb4 implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CamundaTablesUtf8mb4.class);
    private static final String TEXT_COLUMNS_NOT_YET_CONVERTED = "select TABLE_NAME, COLUMN_NAME, COLUMN_TYPE,"
            + " IS_NULLABLE from information_schema.COLUMNS where TABLE_SCHEMA = database()"
            + " and TABLE_NAME like 'ACT\\_%' and CHARACTER_SET_NAME not like 'utf8mb4%'"
            + " and (COLUMN_NAME in ('TEXT_', 'TEXT2_', 'MESSAGE_', 'INCIDENT_MSG_', 'EXCEPTION_MSG_', 'ERROR_MSG_',"
            + " 'ORG_VALUE_', 'NEW_VALUE_')"
            // Task names and descriptions carry the request's title (tasklist.TaskCaptionListener).
            + " or (TABLE_NAME in ('ACT_RU_TASK', 'ACT_HI_TASKINST') and COLUMN_NAME in ('NAME_', 'DESCRIPTION_')))";

    private final DataSource dataSource;

    // The engine is injected only so that this bean is created after it, i.e. after Camunda's schema exists.
    CamundaTablesUtf8mb4(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return;
            }
            List<String> changes = notYetConverted(connection);
            try (var statement = connection.createStatement()) {
                for (String change : changes) {
                    statement.execute(change);
                }
            }
            if (!changes.isEmpty()) {
                log.info("Switched {} Camunda text columns to utf8mb4 (Camunda creates them as utf8mb3)", changes.size());
            }
        }
    }

    private static List<String> notYetConverted(Connection connection) throws SQLException {
        List<String> changes = new ArrayList<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery(TEXT_COLUMNS_NOT_YET_CONVERTED)) {
            while (rows.next()) {
                changes.add("ALTER TABLE " + rows.getString(1) + " MODIFY " + rows.getString(2) + " "
                        + rows.getString(3) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
                        + ("YES".equals(rows.getString(4)) ? " NULL" : " NOT NULL"));
            }
        }
        return changes;
    }
}
