package com.maintflow.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An archive sealed before the hash chain existed: migrating to V31 chains its bundles in the order they were sealed
 * and leaves their content and sha256 as they were, so each still verifies and the chain starts valid.
 */
class ArchiveChainMigrationTest {

    @Test
    void bundlesSealedBeforeTheChainAreChainedInSealingOrder() {
        // given: a database at V16 with two sealed bundles
        var database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:archive-chain-migration;DB_CLOSE_DELAY=-1");
        var jdbc = new JdbcTemplate(database);
        flyway(database).target("16").load().migrate();
        seal(jdbc, "MR-2025-000001", "{\"ticket\":\"MR-2025-000001\"}");
        seal(jdbc, "MR-2025-000002", "{\"ticket\":\"MR-2025-000002\"}");

        // when
        flyway(database).load().migrate();

        // then
        List<Map<String, Object>> chain = jdbc.queryForList("select ticket, content, sha256, chain_position,"
                + " previous_sha256, chain_sha256 from mf_archive_record order by chain_position");
        assertThat(chain).extracting(row -> row.get("ticket")).containsExactly("MR-2025-000001", "MR-2025-000002");
        assertThat(chain.get(0).get("previous_sha256")).isEqualTo(ArchiveChainHead.GENESIS);
        assertThat(chain.get(1).get("previous_sha256")).isEqualTo(chain.get(0).get("chain_sha256"));
        for (var link : chain) {
            assertThat(link.get("sha256")).isEqualTo(CanonicalJson.sha256((String) link.get("content")));
            assertThat(link.get("chain_sha256")).isEqualTo(ArchiveChainHead.link((String) link.get("previous_sha256"),
                    (String) link.get("sha256")));
        }
        assertThat(jdbc.queryForMap("select chain_length, head_sha256 from mf_archive_chain_head where id = 1"))
                .containsEntry("chain_length", 2L).containsEntry("head_sha256", chain.get(1).get("chain_sha256"));
    }

    private static FluentConfiguration flyway(JdbcDataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(new ArchiveChainMigration());
    }

    private static void seal(JdbcTemplate jdbc, String ticket, String content) {
        jdbc.update("insert into mf_archive_record (ticket, content, sha256, archived_at) values (?, ?, ?, ?)",
                ticket, content, CanonicalJson.sha256(content), Timestamp.from(Instant.now()));
    }
}
