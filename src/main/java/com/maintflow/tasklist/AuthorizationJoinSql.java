package com.maintflow.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's authorization check as MySQL/MariaDB can run it. Camunda left-joins the matching grants
 * {@code AUTH ON (AUTH.RESOURCE_ID_ = x OR AUTH.RESOURCE_ID_ = y OR AUTH.RESOURCE_ID_ = '*')} and keeps rows with
 * {@code AUTH.RESOURCE_ID_ IS NOT NULL}, de-duplicated by {@code DISTINCT}. MySQL cannot use an index for that
 * OR-join: it rescans the grants for every row (quadratic with one grant per task and group) and must read every row
 * before the first page. Rewritten: one {@code EXISTS} per resource id, each an index lookup on
 * {@code RESOURCE_ID_}, with the same grant condition. Same rows: a row passes iff a grant matches one of the ids.
 * Applied only when the join and its single {@code IS NOT NULL} test appear exactly once and nothing else reads
 * {@code AUTH}; anything else is left as Camunda wrote it.
 */
final class AuthorizationJoinSql {

    private static final Pattern JOIN = Pattern.compile(
            "left join \\( SELECT A\\.\\* FROM (\\S*)ACT_RU_AUTHORIZATION A WHERE (.+?) \\) AUTH ON \\( ?"
                    + "(AUTH\\.RESOURCE_ID_ = \\S+(?: OR AUTH\\.RESOURCE_ID_ = \\S+)*) ?\\) ",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOURCE_ID = Pattern.compile("AUTH\\.RESOURCE_ID_ = (\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final String GRANTED = "AUTH.RESOURCE_ID_ IS NOT NULL";

    private AuthorizationJoinSql() {
    }

    /**
     * Camunda's statement with its authorization join turned into EXISTS checks and then shaped further by
     * {@code then} (on marked text), or empty when the join is not there in Camunda's shape.
     */
    static Optional<MarkedSql.Rewritten> rewrite(String sql, UnaryOperator<String> then) {
        String marked = MarkedSql.mark(sql);
        String exists = toExists(marked);
        return exists.equals(marked) ? Optional.empty() : Optional.of(MarkedSql.unmark(then.apply(exists)));
    }

    /** The marked statement with its authorization join turned into EXISTS checks, or unchanged. */
    static String toExists(String marked) {
        Matcher join = JOIN.matcher(marked);
        if (!join.find() || MarkedSql.occurrences(marked, GRANTED) != 1 || join.find()) {
            return marked;
        }
        join.reset().find();
        String table = join.group(1) + "ACT_RU_AUTHORIZATION";
        String grant = join.group(2);
        List<String> checks = new ArrayList<>();
        Matcher id = RESOURCE_ID.matcher(join.group(3));
        while (id.find()) {
            checks.add("EXISTS (SELECT 1 FROM " + table + " A WHERE " + grant + " AND A.RESOURCE_ID_ = " + id.group(1)
                    + ")");
        }
        String withoutJoin = marked.substring(0, join.start()) + marked.substring(join.end());
        String rewritten = withoutJoin.replace(GRANTED, "(" + String.join(" OR ", checks) + ")");
        return rewritten.contains("AUTH.") ? marked : rewritten;
    }
}
