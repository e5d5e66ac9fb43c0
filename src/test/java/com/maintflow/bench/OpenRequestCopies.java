package com.maintflow.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Multiplies the open review tasks of real requests by copying their rows, so the Tasklist query can be measured
 * at 100,000 open requests without an hour of intake on a shared machine. Per round, up to as many tasks as
 * exist again: the ACT_RU_TASK row (new id, due date shifted: see dueShiftMinutes), its identity links (the candidate
 * group) and its per-task authorizations, i.e. everything the candidate-group query and its authorization check
 * read. The copies share their originals' process instances, so they are for reading only: never complete them,
 * and measure on a scratch database.
 */
final class OpenRequestCopies {

    private static final int TASK_RESOURCE = 7;

    private final DataSource dataSource;
    /** Copy generation, part of each copy's id; counts on across calls so ids never repeat. */
    private int round;

    OpenRequestCopies(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies review tasks until {@code target} wait at review; returns how many rows of ACT_RU_TASK it added. */
    long copyUpTo(String label, long target, long open) throws SQLException {
        long copied = 0;
        var progress = Progress.of(label + " copying review tasks to " + String.format("%,d", target),
                Math.max(0, target - open));
        try (Connection connection = dataSource.getConnection()) {
            while (open + copied < target) {
                round++;
                long rows = Math.min(open + copied, target - open - copied);
                String suffix = "'." + round + "'";
                copied += copyTasks(connection, suffix, round, rows);
                copy(connection, "ACT_RU_IDENTITYLINK", Map.of("ID_", "CONCAT(ID_, " + suffix + ")",
                        "TASK_ID_", "CONCAT(TASK_ID_, " + suffix + ")"),
                        "TASK_ID_ IS NOT NULL AND EXISTS (SELECT 1 FROM ACT_RU_TASK T WHERE T.ID_ = CONCAT(S.TASK_ID_, "
                                + suffix + "))");
                copy(connection, "ACT_RU_AUTHORIZATION", Map.of("ID_", "CONCAT(ID_, " + suffix + ")",
                        "RESOURCE_ID_", "CONCAT(RESOURCE_ID_, " + suffix + ")"),
                        "RESOURCE_TYPE_ = " + TASK_RESOURCE + " AND EXISTS (SELECT 1 FROM ACT_RU_TASK T"
                                + " WHERE T.ID_ = CONCAT(S.RESOURCE_ID_, " + suffix + "))");
                progress.at(copied);
            }
        }
        return copied;
    }

    private long copyTasks(Connection connection, String suffix, int round, long rows) throws SQLException {
        return copy(connection, "ACT_RU_TASK", Map.of("ID_", "CONCAT(ID_, " + suffix + ")",
                "DUE_DATE_", "TIMESTAMPADD(MINUTE, " + dueShiftMinutes(round) + ", DUE_DATE_)"),
                "TASK_DEF_KEY_ = '" + OpenRequestSeeder.REVIEW + "' AND ASSIGNEE_ IS NULL ORDER BY ID_ LIMIT " + rows);
    }

    /**
     * Odd rounds are due hours earlier, even rounds minutes later, so the copies fill both the Overdue and the
     * Due soon filter (real review tasks are all due within minutes of their intake).
     */
    private static int dueShiftMinutes(int round) {
        return round % 2 == 1 ? -60 * (round + 1) : 7 * round;
    }

    /** INSERT INTO table SELECT … FROM table S WHERE condition, with some columns computed. */
    static long copy(Connection connection, String table, Map<String, String> computed, String condition)
            throws SQLException {
        List<String> columns = columns(connection, table);
        List<String> values = new ArrayList<>();
        columns.forEach(column -> values.add(computed.getOrDefault(column.toUpperCase(), column)));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", values) + " FROM " + table + " S WHERE " + condition;
        try (var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                columns.add(rows.getMetaData().getColumnName(c));
            }
            return columns;
        }
    }
}
