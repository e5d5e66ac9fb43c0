package com.maintflow.tasklist;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of Camunda's task list and count query, rewritten for MySQL/MariaDB into a shape their optimizer can stop
 * early on; everything else about the query stays Camunda's. Each rewrite is applied only when the statement has
 * exactly the shape Camunda 7.24 generates, else the SQL is returned untouched (so an upgrade that changes the shape
 * falls back to Camunda's SQL and {@code TaskQueryRewriteIT} fails):
 * <ul>
 * <li><b>Authorization</b>: the grant join becomes EXISTS checks ({@link AuthorizationJoinSql}).</li>
 * <li><b>Candidate groups.</b> Camunda left-joins {@code ACT_RU_IDENTITYLINK I} and filters {@code I.TYPE_ =
 * 'candidate' and (I.GROUP_ID_ IN (…))}, de-duplicated by {@code DISTINCT}; MariaDB turns that into a materialised
 * semi-join over every link of the groups before it can sort. Rewritten: a correlated count of the task's matching
 * links, {@code > 0}, which the optimizer evaluates per task while it walks the due-date index, so a page of 50 stops
 * after about 50 tasks. Only when {@code I} is used for nothing else.</li>
 * <li><b>Offered to a user by name</b> ({@code taskCandidateUser(u).withoutCandidateGroups()}, the filter 指派给我的候选任务).
 * Camunda joins the links and filters {@code I.TYPE_ = 'candidate' and (I.USER_ID_ = u or I.GROUP_ID_ IN (u's
 * groups))} next to {@code NOT EXISTS} any candidate-group link. A link matching by group would be a candidate-group
 * link, which the {@code NOT EXISTS} forbids, so only {@code I.USER_ID_ = u} can match: rewritten as {@code RES.ID_
 * IN} the user's candidate links, which MariaDB reads from the user index (a handful of rows) instead of walking
 * every open task (1.3 s at 100,000 open tasks, for an empty list).</li>
 * </ul>
 * Parameters: every {@code ?} is tracked ({@link MarkedSql}), so the rewritten SQL comes with the matching list of
 * original parameter positions (a grant condition used three times binds its parameters three times).
 */
final class TaskQuerySql {

    private static final Pattern LINK_JOIN = Pattern.compile(
            "left join (\\S*)ACT_RU_IDENTITYLINK I on I\\.TASK_ID_ = RES\\.ID_ ", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_WHERE = Pattern.compile(
            "I\\.TYPE_ = 'candidate' and \\( I\\.GROUP_ID_ IN \\(([^()]*)\\) \\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_LINK_WHERE = Pattern.compile(
            "I\\.TYPE_ = 'candidate' and \\( I\\.USER_ID_ = (" + MarkedSql.PARAMETER
                    + ") or I\\.GROUP_ID_ IN \\([^()]*\\) \\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHOUT_CANDIDATE_GROUPS = Pattern.compile(
            "NOT EXISTS \\( select 1 from \\S*ACT_RU_IDENTITYLINK I WHERE I\\.TYPE_ = 'candidate' and "
                    + "I\\.GROUP_ID_ is not null AND I\\.TASK_ID_ = RES\\.ID_ \\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_USE = Pattern.compile("\\bI\\.");

    private static final Pattern FROM_TO_WHERE = Pattern.compile(
            " from \\S*ACT_RU_TASK RES(.*?) WHERE ", Pattern.CASE_INSENSITIVE);
    private static final String ONLY_DEFINITION_JOIN = "left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_";
    private static final Pattern SELECT_DISTINCT = Pattern.compile("^select distinct ", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_DISTINCT = Pattern.compile("^select count\\(distinct RES\\.ID_ ?\\)",
            Pattern.CASE_INSENSITIVE);

    private TaskQuerySql() {
    }

    /** The rewritten statement, or empty when no rewrite applies. */
    static Optional<MarkedSql.Rewritten> rewrite(String sql) {
        String marked = MarkedSql.mark(sql);
        String rewritten = withoutDistinct(rewriteCandidateGroups(rewriteCandidateUser(
                AuthorizationJoinSql.toExists(marked))));
        return rewritten.equals(marked) ? Optional.empty() : Optional.of(MarkedSql.unmark(rewritten));
    }

    /**
     * Once no join is left but the process definition (one row per task, by its primary key), every task comes
     * once, so DISTINCT changes nothing but stops MySQL from ending the scan after the first page: it is dropped.
     */
    private static String withoutDistinct(String sql) {
        Matcher from = FROM_TO_WHERE.matcher(sql);
        String joins = from.find() ? from.group(1).strip() : null;
        if (joins == null || !(joins.isEmpty() || joins.equalsIgnoreCase(ONLY_DEFINITION_JOIN))) {
            return sql;
        }
        return SELECT_DISTINCT.matcher(COUNT_DISTINCT.matcher(sql).replaceFirst("select count(*)"))
                .replaceFirst("select ");
    }

    private static String rewriteCandidateGroups(String sql) {
        Matcher join = LINK_JOIN.matcher(sql);
        Matcher where = LINK_WHERE.matcher(sql);
        if (!join.find() || !where.find()) {
            return sql;
        }
        String table = join.group(1) + "ACT_RU_IDENTITYLINK";
        String groups = where.group(1);
        // I must serve the candidate-group condition only; any other use of it keeps Camunda's join.
        long uses = LINK_USE.matcher(sql).results().count();
        if (uses != 3 || join.find(join.end()) || where.find(where.end())) {
            return sql;
        }
        String correlated = "(SELECT COUNT(*) FROM " + table + " I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate'"
                + " AND I.GROUP_ID_ IN (" + groups + ")) > 0";
        return withoutLinkJoin(replace(sql, where.reset(), correlated));
    }

    private static String rewriteCandidateUser(String sql) {
        Matcher join = LINK_JOIN.matcher(sql);
        Matcher where = USER_LINK_WHERE.matcher(sql);
        Matcher withoutGroups = WITHOUT_CANDIDATE_GROUPS.matcher(sql);
        if (!join.find() || !where.find() || !withoutGroups.find()) {
            return sql;
        }
        String table = join.group(1) + "ACT_RU_IDENTITYLINK";
        String user = where.group(1);
        // I serves the join (1 use), the user-or-groups condition (3) and the NOT EXISTS's own alias (3), nothing else.
        long uses = LINK_USE.matcher(sql).results().count();
        if (uses != 7 || join.find(join.end()) || where.find(where.end()) || withoutGroups.find(withoutGroups.end())) {
            return sql;
        }
        String userLinks = "RES.ID_ IN (SELECT I.TASK_ID_ FROM " + table + " I WHERE I.TYPE_ = 'candidate' AND "
                + "I.USER_ID_ = " + user + ")";
        return withoutLinkJoin(replace(sql, where.reset(), userLinks));
    }

    private static String replace(String sql, Matcher match, String replacement) {
        match.find();
        return sql.substring(0, match.start()) + replacement + sql.substring(match.end());
    }

    private static String withoutLinkJoin(String sql) {
        Matcher join = LINK_JOIN.matcher(sql);
        join.find();
        return sql.substring(0, join.start()) + sql.substring(join.end());
    }
}
