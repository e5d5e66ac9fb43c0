package com.maintflow.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of Camunda's task list and count query, rewritten for MySQL/MariaDB into a shape their optimizer can stop
 * early on; everything else about the query stays Camunda's. Two rewrites, each applied only when the statement has
 * exactly the shape Camunda 7.24 generates, else the SQL is returned untouched (so an upgrade that changes the shape
 * falls back to Camunda's SQL and {@code TaskQueryRewriteIT} fails):
 * <ul>
 * <li><b>Authorization.</b> Camunda left-joins the matching grants {@code AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_ OR
 * AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*')} and keeps rows with {@code AUTH.RESOURCE_ID_ IS NOT NULL}.
 * MySQL cannot use an index for that OR-join and rescans the grants for every task (quadratic, with one grant per
 * task and group). Rewritten: three {@code EXISTS} with the same grant conditions, one per resource id, each an index
 * lookup on {@code RESOURCE_ID_}. Same rows: a task passes iff a grant matches one of the three ids.</li>
 * <li><b>Candidate groups.</b> Camunda left-joins {@code ACT_RU_IDENTITYLINK I} and filters {@code I.TYPE_ =
 * 'candidate' and (I.GROUP_ID_ IN (…))}, de-duplicated by {@code DISTINCT}; MariaDB turns that into a materialised
 * semi-join over every link of the groups before it can sort. Rewritten: a correlated count of the task's matching
 * links, {@code > 0}, which the optimizer evaluates per task while it walks the due-date index, so a page of 50 stops
 * after about 50 tasks. Only when {@code I} is used for nothing else.</li>
 * </ul>
 * Parameters: every {@code ?} is tracked, so the rewritten SQL comes with the matching list of original parameter
 * positions (a grant condition used three times binds its parameters three times).
 */
final class TaskQuerySql {

    private static final String MARK = "\u0000";
    private static final Pattern TOKEN = Pattern.compile(MARK + "(\\d+)" + MARK);

    private static final Pattern AUTH_JOIN = Pattern.compile(
            "left join \\( SELECT A\\.\\* FROM (\\S*)ACT_RU_AUTHORIZATION A WHERE (.+?) \\) AUTH ON \\( ?"
                    + "AUTH\\.RESOURCE_ID_ = RES\\.ID_ OR AUTH\\.RESOURCE_ID_ = D\\.KEY_ "
                    + "OR AUTH\\.RESOURCE_ID_ = '\\*' ?\\)",
            Pattern.CASE_INSENSITIVE);
    private static final String AUTH_WHERE = "(AUTH.RESOURCE_ID_ IS NOT NULL)";

    private static final Pattern LINK_JOIN = Pattern.compile(
            "left join (\\S*)ACT_RU_IDENTITYLINK I on I\\.TASK_ID_ = RES\\.ID_ ", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_WHERE = Pattern.compile(
            "I\\.TYPE_ = 'candidate' and \\( I\\.GROUP_ID_ IN \\(([^()]*)\\) \\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_USE = Pattern.compile("\\bI\\.");

    private static final Pattern FROM_TO_WHERE = Pattern.compile(
            " from \\S*ACT_RU_TASK RES(.*?) WHERE ", Pattern.CASE_INSENSITIVE);
    private static final String ONLY_DEFINITION_JOIN = "left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_";
    private static final Pattern SELECT_DISTINCT = Pattern.compile("^select distinct ", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_DISTINCT = Pattern.compile("^select count\\(distinct RES\\.ID_ ?\\)",
            Pattern.CASE_INSENSITIVE);

    /** Rewritten SQL and, per {@code ?} in it, the index of the original parameter it binds. */
    record Rewritten(String sql, List<Integer> parameters) {
    }

    private TaskQuerySql() {
    }

    /** The rewritten statement, or empty when neither rewrite applies. */
    static Optional<Rewritten> rewrite(String sql) {
        String marked = mark(sql.replaceAll("\\s+", " ").strip());
        String rewritten = withoutDistinct(rewriteCandidateGroups(rewriteAuthorization(marked)));
        if (rewritten.equals(marked)) {
            return Optional.empty();
        }
        List<Integer> parameters = new ArrayList<>();
        Matcher token = TOKEN.matcher(rewritten.replaceAll(" {2,}", " "));
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            parameters.add(Integer.parseInt(token.group(1)));
            token.appendReplacement(out, "?");
        }
        token.appendTail(out);
        return Optional.of(new Rewritten(out.toString(), List.copyOf(parameters)));
    }

    private static String rewriteAuthorization(String sql) {
        Matcher join = AUTH_JOIN.matcher(sql);
        if (!join.find() || count(sql, AUTH_WHERE) != 1 || join.find()) {
            return sql;
        }
        join.reset().find();
        String table = join.group(1) + "ACT_RU_AUTHORIZATION";
        String grant = join.group(2);
        String exists = "(" + grantExists(table, grant, "RES.ID_") + " OR " + grantExists(table, grant, "D.KEY_")
                + " OR " + grantExists(table, grant, "'*'") + ")";
        String withoutJoin = sql.substring(0, join.start()) + sql.substring(join.end());
        return withoutJoin.replace(AUTH_WHERE, exists);
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

    private static String grantExists(String table, String grant, String resourceId) {
        return "EXISTS (SELECT 1 FROM " + table + " A WHERE " + grant + " AND A.RESOURCE_ID_ = " + resourceId + ")";
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
        join.reset().find();
        where.reset().find();
        String correlated = "(SELECT COUNT(*) FROM " + table + " I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate'"
                + " AND I.GROUP_ID_ IN (" + groups + ")) > 0";
        String replaced = sql.substring(0, where.start()) + correlated + sql.substring(where.end());
        Matcher joinAgain = LINK_JOIN.matcher(replaced);
        joinAgain.find();
        return replaced.substring(0, joinAgain.start()) + replaced.substring(joinAgain.end());
    }

    /** Replaces each {@code ?} with a numbered token, so parameters can be followed through the rewrite. */
    private static String mark(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                out.append(MARK).append(n++).append(MARK);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int count(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
