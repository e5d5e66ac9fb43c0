package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link HistoricProcessInstanceQuerySql} on the statement Camunda 7.24 generates on MySQL for Cockpit's history
 * view of one process as a supervisor (captured from the engine, literals put back as placeholders).
 */
class HistoricProcessInstanceQuerySqlTest {

    private static final String CAMUNDA = """
            select distinct RES.* from ( SELECT SELF.*, DEF.NAME_, DEF.VERSION_, DEF.DEPLOYMENT_ID_ FROM
            ACT_HI_PROCINST SELF LEFT JOIN ACT_RE_PROCDEF DEF ON SELF.PROC_DEF_ID_ = DEF.ID_ left join ( SELECT A.*
            FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) ) AND
            ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) AUTH ON (AUTH.RESOURCE_ID_ = SELF.PROC_DEF_KEY_ OR
            AUTH.RESOURCE_ID_ = '*' ) WHERE ( 1 = 1 and SELF.PROC_DEF_ID_ = ? ) and ( (SELF.PROC_DEF_KEY_ is not null
            AND AUTH.RESOURCE_ID_ IS NOT NULL ) or SELF.PROC_DEF_KEY_ is null ) and (SELF.TENANT_ID_ is null ) ) RES
            order by RES.START_TIME_ desc LIMIT ? OFFSET ?
            """.replaceAll("\\s+", " ").strip();

    @Test
    void newestPageChecksGrantsPerDefinitionKeyAndDropsDistinct() {
        var rewritten = HistoricProcessInstanceQuerySql.rewrite(CAMUNDA).orElseThrow();

        assertThat(rewritten.sql())
                .startsWith("select RES.* from ( SELECT SELF.*")
                .doesNotContain("AUTH.", "AUTH ON", "distinct")
                .contains("(SELF.PROC_DEF_KEY_ is not null AND (EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE ",
                        "AND A.RESOURCE_ID_ = SELF.PROC_DEF_KEY_) OR EXISTS (", "AND A.RESOURCE_ID_ = '*')) )")
                .endsWith("order by RES.START_TIME_ desc LIMIT ? OFFSET ?");
        // Camunda binds: 0 user, 1 group, 2-4 grant, 5 definition, 6 limit, 7 offset; the grant check twice now.
        assertThat(rewritten.parameters()).containsExactly(5, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 6, 7);
    }

    @Test
    void countCountsRowsOnceNoJoinRepeatsThem() {
        String count = CAMUNDA.replace("select distinct RES.*", "select count(distinct RES.ID_ )")
                .replace("order by RES.START_TIME_ desc LIMIT ? OFFSET ?", "");

        assertThat(HistoricProcessInstanceQuerySql.rewrite(count).orElseThrow().sql())
                .startsWith("select count(*) from ( SELECT SELF.*");
    }

    @Test
    void aJoinThatCanRepeatAnInstanceKeepsDistinct() {
        String withIncidents = CAMUNDA.replace("ON SELF.PROC_DEF_ID_ = DEF.ID_ left join (",
                "ON SELF.PROC_DEF_ID_ = DEF.ID_ inner join ACT_HI_INCIDENT INC on SELF.PROC_INST_ID_ = "
                        + "INC.PROC_INST_ID_ left join (");

        var rewritten = HistoricProcessInstanceQuerySql.rewrite(withIncidents).orElseThrow();

        assertThat(rewritten.sql()).startsWith("select distinct RES.*").doesNotContain("AUTH.", "AUTH ON");
        assertThat(rewritten.parameters()).hasSize(13);
    }

    @Test
    void withoutAnAuthorizationJoinCamundasSqlRuns() {
        String admin = CAMUNDA.replaceAll("(?s)left join \\( SELECT A\\.\\*.*?\\) \\) \\) AUTH ON \\(.*?'\\*' \\) ", "")
                .replace("and ( (SELF.PROC_DEF_KEY_ is not null AND AUTH.RESOURCE_ID_ IS NOT NULL ) or "
                        + "SELF.PROC_DEF_KEY_ is null ) ", "");

        assertThat(admin).doesNotContain("AUTH");
        assertThat(HistoricProcessInstanceQuerySql.rewrite(admin)).isEmpty();
    }
}
