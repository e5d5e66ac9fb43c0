package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TaskQuerySql} on the statement Camunda 7.24 generates on MySQL for a customer-service clerk's "my groups'
 * tasks" page (captured from the engine): the authorization join becomes three EXISTS, the candidate-group join a
 * correlated count, DISTINCT goes, and every parameter still binds the value it bound before.
 */
class TaskQuerySqlTest {

    /** Camunda's SQL, as MyBatis prepares it (line breaks are only where this file wraps it). */
    private static final String CAMUNDA = """
            select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_,
            RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_, RES.PROC_INST_ID_,
            RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_, RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_,
            RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_,
            RES.TASK_STATE_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left
            join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A
            WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ =
            ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) AUTH ON (AUTH.RESOURCE_ID_
            = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*' ) WHERE ( 1 = 1 and RES.ASSIGNEE_
            IS NULL and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) ) and (
            (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is
            null ) order by RES.DUE_DATE_ asc, RES.PRIORITY_ desc LIMIT ? OFFSET ?
            """.replaceAll("\\s+", " ").strip();

    @Test
    void groupPageIsRewrittenIntoExistsChecksWalkingTheDueDateOrder() {
        var rewritten = TaskQuerySql.rewrite(CAMUNDA).orElseThrow();

        assertThat(rewritten.sql())
                .startsWith("select RES.REV_, RES.ID_,")
                .doesNotContain("AUTH.", "AUTH ON", "left join ACT_RU_IDENTITYLINK", "distinct")
                .contains("from ACT_RU_TASK RES left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ WHERE",
                        "(SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = "
                                + "'candidate' AND I.GROUP_ID_ IN ( ? )) > 0",
                        "AND A.RESOURCE_ID_ = RES.ID_)", "AND A.RESOURCE_ID_ = D.KEY_)", "AND A.RESOURCE_ID_ = '*')")
                .endsWith("order by RES.DUE_DATE_ asc, RES.PRIORITY_ desc LIMIT ? OFFSET ?");
        // Camunda binds: 0 user, 1 group, 2-7 permission checks (grant), 8 candidate group, 9 limit, 10 offset.
        List<Integer> expected = new ArrayList<>(List.of(8));
        for (int copy = 0; copy < 3; copy++) {
            expected.addAll(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        }
        expected.addAll(List.of(9, 10));
        assertThat(rewritten.parameters()).containsExactlyElementsOf(expected);
        assertThat(rewritten.sql().chars().filter(c -> c == '?').count()).isEqualTo(expected.size());
    }

    @Test
    void countDropsDistinctToo() {
        String count = CAMUNDA
                .replaceFirst("(?s)select distinct .*? from ACT_RU_TASK",
                        "select count(distinct RES.ID_ ) from ACT_RU_TASK")
                .replace("order by RES.DUE_DATE_ asc, RES.PRIORITY_ desc LIMIT ? OFFSET ?", "");

        assertThat(TaskQuerySql.rewrite(count).orElseThrow().sql()).startsWith("select count(*) from ACT_RU_TASK RES");
    }

    @Test
    void aCandidateUserKeepsCamundasIdentityLinkJoinAndItsDistinct() {
        String withUser = CAMUNDA.replace("( I.GROUP_ID_ IN ( ? ) )", "( I.USER_ID_ = ? or I.GROUP_ID_ IN ( ? ) )");

        var rewritten = TaskQuerySql.rewrite(withUser).orElseThrow();

        assertThat(rewritten.sql()).startsWith("select distinct").contains("left join ACT_RU_IDENTITYLINK I on")
                .doesNotContain("AUTH.RESOURCE_ID_");
    }

    /** The filter 指派给我的候选任务: candidate user, no candidate group, unassigned (Camunda 7.24 on MySQL). */
    private static final String OFFERED_BY_NAME = CAMUNDA
            .replace("( I.GROUP_ID_ IN ( ? ) ) ) )", "( I.USER_ID_ = ? or I.GROUP_ID_ IN ( ? ) ) ) and ( "
                    + "RES.ASSIGNEE_ is null and NOT EXISTS ( select 1 from ACT_RU_IDENTITYLINK I WHERE I.TYPE_ = "
                    + "'candidate' and I.GROUP_ID_ is not null AND I.TASK_ID_ = RES.ID_ ) ) )");

    @Test
    void offeredByNameReadsTheUsersLinksAndDropsTheGroupsItCannotMatch() {
        var rewritten = TaskQuerySql.rewrite(OFFERED_BY_NAME).orElseThrow();

        assertThat(rewritten.sql())
                .startsWith("select RES.REV_, RES.ID_,")
                .doesNotContain("left join ACT_RU_IDENTITYLINK", "I.GROUP_ID_ IN", "distinct", "AUTH.")
                .contains("RES.ID_ IN (SELECT I.TASK_ID_ FROM ACT_RU_IDENTITYLINK I WHERE I.TYPE_ = 'candidate' AND "
                                + "I.USER_ID_ = ?)",
                        "NOT EXISTS ( select 1 from ACT_RU_IDENTITYLINK I WHERE I.TYPE_ = 'candidate' and "
                                + "I.GROUP_ID_ is not null AND I.TASK_ID_ = RES.ID_ )");
        // Camunda binds: 0 user, 1 group, 2-7 grant, 8 candidate user, 9 candidate group, 10 limit, 11 offset.
        List<Integer> expected = new ArrayList<>(List.of(8));
        for (int copy = 0; copy < 3; copy++) {
            expected.addAll(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        }
        expected.addAll(List.of(10, 11));
        assertThat(rewritten.parameters()).containsExactlyElementsOf(expected);
    }

    @Test
    void aCandidateUserWithCandidateGroupsAllowedKeepsTheGroups() {
        String withoutNotExists = OFFERED_BY_NAME.replaceAll("and \\( RES.ASSIGNEE_ is null and NOT EXISTS .*? \\) \\) \\)",
                ")");

        assertThat(TaskQuerySql.rewrite(withoutNotExists).orElseThrow().sql())
                .contains("left join ACT_RU_IDENTITYLINK I on", "I.GROUP_ID_ IN ( ? )").startsWith("select distinct");
    }

    @Test
    void anUnknownShapeIsLeftToCamunda() {
        assertThat(TaskQuerySql.rewrite("select RES.ID_ from ACT_RU_TASK RES left join ACT_RU_EXECUTION E on "
                + "RES.EXECUTION_ID_ = E.ID_ WHERE E.ID_ = ?")).isEmpty();
    }
}
