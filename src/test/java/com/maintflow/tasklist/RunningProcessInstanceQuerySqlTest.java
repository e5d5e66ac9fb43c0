package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link RunningProcessInstanceQuerySql} on the statement Cockpit 7.24 runs on MySQL for the running instances of
 * one process as a supervisor (captured from MariaDB's general log at 10,000 instances, literals put back as
 * placeholders).
 */
class RunningProcessInstanceQuerySqlTest {

    private static final String INNER_FROM = """
            from ACT_RU_EXECUTION RES left join ACT_HI_PROCINST HISTORY ON RES.ID_ = HISTORY.PROC_INST_ID_ inner join
            ACT_RE_PROCDEF P on RES.PROC_DEF_ID_ = P.ID_ left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE
            A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND
            A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) AUTH ON (AUTH.RESOURCE_ID_ =
            RES.PROC_INST_ID_ OR AUTH.RESOURCE_ID_ = P.KEY_ OR AUTH.RESOURCE_ID_ = '*' ) WHERE RES.ID_ =
            RES.PROC_INST_ID_ and RES.PROC_DEF_ID_ = ? AND AUTH.RESOURCE_ID_ IS NOT NULL and (RES.TENANT_ID_ is null )
            """;
    private static final String PAGE = ("""
            select distinct INSTANCE.ID_, INSTANCE.BUSINESS_KEY_, INSTANCE.START_TIME_, INSTANCE.SUSPENSION_STATE_,
            INCIDENT.INCIDENT_TYPE_, INCIDENT.INCIDENT_COUNT_ from ( select distinct RES.* , HISTORY.START_TIME_
            """ + INNER_FROM + """
            order by START_TIME_ desc LIMIT ? OFFSET ? ) INSTANCE left join ( select INCIDENT.PROC_INST_ID_,
            INCIDENT.INCIDENT_TYPE_, count(INCIDENT.ID_) INCIDENT_COUNT_ from ACT_RU_INCIDENT INCIDENT where
            INCIDENT.PROC_DEF_ID_ = ? group by INCIDENT.PROC_INST_ID_, INCIDENT.INCIDENT_TYPE_ ) INCIDENT on
            INSTANCE.ID_ = INCIDENT.PROC_INST_ID_ order by START_TIME_ desc
            """).replaceAll("\\s+", " ").strip();

    @Test
    void pageReadsTheDefinitionsUnendedHistoryRowsFirstWithoutDistinct() {
        var rewritten = RunningProcessInstanceQuerySql.rewrite(PAGE).orElseThrow();

        assertThat(rewritten.sql())
                .contains("( select RES.* , HISTORY.START_TIME_ from ACT_HI_PROCINST HISTORY IGNORE INDEX "
                        + "(ACT_IDX_HI_PRO_INST_END) STRAIGHT_JOIN "
                        + "ACT_RU_EXECUTION RES ON RES.ID_ = HISTORY.PROC_INST_ID_ inner join ACT_RE_PROCDEF P on "
                        + "RES.PROC_DEF_ID_ = P.ID_ WHERE HISTORY.PROC_DEF_ID_ = ? AND HISTORY.END_TIME_ IS NULL AND "
                        + "RES.ID_ = RES.PROC_INST_ID_ and RES.PROC_DEF_ID_ = ? AND (EXISTS (")
                .contains("AND A.RESOURCE_ID_ = RES.PROC_INST_ID_) OR EXISTS (", "AND A.RESOURCE_ID_ = P.KEY_) OR ",
                        "AND A.RESOURCE_ID_ = '*')")
                .doesNotContain("AUTH.", "AUTH ON", "left join ACT_HI_PROCINST")
                .endsWith("INSTANCE.ID_ = INCIDENT.PROC_INST_ID_ order by START_TIME_ desc");
        // Camunda binds: 0 user, 1 group, 2-7 grant, 8 definition, 9 limit, 10 offset, 11 incidents' definition.
        // The definition now binds twice (history and runtime), the grant check three times (one per resource id).
        assertThat(rewritten.parameters()).containsExactly(8, 8, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7,
                0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11);
    }

    @Test
    void countCountsRowsOnceTheDefinitionJoinRepeatsNone() {
        String count = ("select count(distinct RES.ID_ ) " + INNER_FROM).replace(
                "left join ACT_HI_PROCINST HISTORY ON RES.ID_ = HISTORY.PROC_INST_ID_ ", "")
                .replaceAll("\\s+", " ").strip();

        var rewritten = RunningProcessInstanceQuerySql.rewrite(count).orElseThrow();

        assertThat(rewritten.sql()).startsWith("select count(*) from ACT_RU_EXECUTION RES inner join ACT_RE_PROCDEF P")
                .doesNotContain("AUTH.", "AUTH ON", "HISTORY");
    }

    @Test
    void anIncidentFilterKeepsTheLeftJoinAndDistinct() {
        String withIncidents = PAGE.replace("inner join ACT_RE_PROCDEF P",
                "join ACT_RU_INCIDENT INCIDENT ON RES.ID_ = INCIDENT.PROC_INST_ID_ inner join ACT_RE_PROCDEF P");

        var rewritten = RunningProcessInstanceQuerySql.rewrite(withIncidents).orElseThrow();

        assertThat(rewritten.sql()).contains("select distinct RES.* , HISTORY.START_TIME_ from ACT_RU_EXECUTION RES "
                + "left join ACT_HI_PROCINST HISTORY").doesNotContain("AUTH.", "AUTH ON", "STRAIGHT_JOIN");
    }
}
