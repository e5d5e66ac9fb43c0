package com.maintflow.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Multiplies the running maintenance requests by copying rows, so Cockpit's instance lists can be measured at
 * 100,000 instances: per copy, the process instance's root row of ACT_RU_EXECUTION (new id, business key with a
 * suffix) and its ACT_HI_PROCINST row, which is what Cockpit's running-instance list, its process statistics and
 * the history list read. Like {@link OpenRequestCopies}: for reading only, on a scratch database.
 */
final class OpenInstanceCopies {

    private static final String ROOTS = "ID_ = PROC_INST_ID_ AND PROC_DEF_ID_ LIKE 'MaintenanceRequestProcess:%'";

    private final DataSource dataSource;
    private int round;

    OpenInstanceCopies(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies running request instances until {@code target} run; returns how many it added. */
    long copyUpTo(String label, long target) throws SQLException {
        long copied = 0;
        try (Connection connection = dataSource.getConnection()) {
            long running = running(connection);
            var progress = Progress.of(label + " copying process instances to " + String.format("%,d", target),
                    Math.max(0, target - running));
            while (running + copied < target) {
                round++;
                long rows = Math.min(running + copied, target - running - copied);
                String suffix = "'.i" + round + "'";
                Map<String, String> ids = Map.of("ID_", "CONCAT(ID_, " + suffix + ")",
                        "PROC_INST_ID_", "CONCAT(PROC_INST_ID_, " + suffix + ")",
                        "ROOT_PROC_INST_ID_", "CONCAT(ROOT_PROC_INST_ID_, " + suffix + ")",
                        "BUSINESS_KEY_", "CONCAT(BUSINESS_KEY_, " + suffix + ")");
                long added = OpenRequestCopies.copy(connection, "ACT_RU_EXECUTION", ids,
                        ROOTS + " ORDER BY ID_ LIMIT " + rows);
                OpenRequestCopies.copy(connection, "ACT_HI_PROCINST", ids, "EXISTS (SELECT 1 FROM ACT_RU_EXECUTION E"
                        + " WHERE E.ID_ = CONCAT(S.ID_, " + suffix + "))");
                copied += added;
                progress.at(copied);
                if (added == 0) {
                    break;
                }
            }
        }
        return copied;
    }

    private static long running(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE " + ROOTS)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
