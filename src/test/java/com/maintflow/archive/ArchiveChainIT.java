package com.maintflow.archive;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import com.maintflow.support.Staff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archive's hash chain against someone with write access to the database: one changed byte of a stored bundle,
 * of a stored hash, a bundle rewritten together with its hashes, and a deleted bundle are each named by
 * {@code GET /api/archive/verify-chain} at the right place. Each test puts the stored rows back afterwards and sees
 * the chain valid again, since every IT shares one database.
 */
@MaintFlowIntegrationTest
class ArchiveChainIT extends HttpJourneyTest {

    private static final Duration ARCHIVE_TIMEOUT = Duration.ofSeconds(60);

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private JdbcTemplate jdbc;

    private final List<Map<String, Object>> storedRows = new ArrayList<>();
    private String ticket;
    private long position;

    @BeforeEach
    void archiveThreeRequests() {
        var requests = new RequestDriver(engine, intake);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String archived = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
            requests.review(archived, "NO_MAINTENANCE", "CONSULTATION");
            requests.confirmArchiving(archived);
            tickets.add(archived);
        }
        tickets.forEach(this::awaitArchive);
        ticket = tickets.get(1);
        position = row(ticket).get("chain_position") instanceof Number n ? n.longValue() : -1;
        storedRows.add(row(ticket));
    }

    @AfterEach
    void putStoredRowsBackAndSeeTheChainValid() {
        for (var stored : storedRows) {
            jdbc.update("delete from mf_archive_record where id = ?", stored.get("id"));
            jdbc.update("insert into mf_archive_record (id, ticket, content, sha256, archived_at, chain_position,"
                            + " previous_sha256, chain_sha256) values (?, ?, ?, ?, ?, ?, ?, ?)", stored.get("id"),
                    stored.get("ticket"), stored.get("content"), stored.get("sha256"), stored.get("archived_at"),
                    stored.get("chain_position"), stored.get("previous_sha256"), stored.get("chain_sha256"));
        }
        assertThat(verifyChain().path("valid").asBoolean()).as("chain after restoring").isTrue();
    }

    @Test
    void sealedBundlesFormAValidChain() {
        var chain = verifyChain();

        assertThat(chain.path("valid").asBoolean()).isTrue();
        assertThat(chain.path("breaks")).isEmpty();
        assertThat(chain.path("length").asLong()).isGreaterThanOrEqualTo(position + 1);
        assertThat(chain.path("checked").asLong()).isEqualTo(chain.path("length").asLong());
        assertThat(chain.path("headSha256").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void oneChangedByteOfAStoredBundleIsCaught() {
        // when: one character of the sealed content changes in the database
        String content = (String) storedRows.get(0).get("content");
        jdbc.update("update mf_archive_record set content = ? where ticket = ?", changeOneCharacter(content), ticket);

        // then
        assertThat(breaks()).containsExactly(breakAt(position, ticket, "CONTENT_CHANGED"));
        assertThat(api.as(Staff.DOC1).get("/api/archive/" + ticket + "/verify").json().path("valid").asBoolean())
                .isFalse();
    }

    @Test
    void oneChangedByteOfAStoredHashIsCaught() {
        // when
        String sha256 = (String) storedRows.get(0).get("sha256");
        jdbc.update("update mf_archive_record set sha256 = ? where ticket = ?", changeOneCharacter(sha256), ticket);

        // then
        assertThat(breaks()).containsExactly(breakAt(position, ticket, "CONTENT_CHANGED"),
                breakAt(position, ticket, "LINK_CHANGED"));
    }

    @Test
    void bundleRewrittenTogetherWithItsHashesBreaksTheNextLink() {
        // when: content, its hash and its chain hash are all rewritten consistently
        String content = changeOneCharacter((String) storedRows.get(0).get("content"));
        String sha256 = CanonicalJson.sha256(content);
        String previous = (String) storedRows.get(0).get("previous_sha256");
        jdbc.update("update mf_archive_record set content = ?, sha256 = ?, chain_sha256 = ? where ticket = ?",
                content, sha256, ArchiveChainHead.link(previous, sha256), ticket);

        // then: the bundle itself checks out, but the next one still carries the old link
        assertThat(breaks()).containsExactly(breakAt(position + 1, ticketAt(position + 1), "PREVIOUS_MISMATCH"));
    }

    @Test
    void deletedBundleIsCaught() {
        // when
        jdbc.update("delete from mf_archive_record where ticket = ?", ticket);

        // then
        assertThat(breaks()).containsExactly(breakAt(position, null, "MISSING"),
                breakAt(position + 1, ticketAt(position + 1), "PREVIOUS_MISMATCH"));
    }

    @Test
    void onlyArchiveReadersMayWalkTheChain() {
        assertThat(api.as(Staff.ENG1).get("/api/archive/verify-chain").status()).isEqualTo(403);
        assertProblem(api.anonymous().get("/api/archive/verify-chain"), 401);
    }

    private JsonNode verifyChain() {
        var answer = api.as(Staff.DOC1).get("/api/archive/verify-chain");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private List<String> breaks() {
        var chain = verifyChain();
        assertThat(chain.path("valid").asBoolean()).isFalse();
        assertThat(chain.path("breakCount").asLong()).isEqualTo(chain.path("breaks").size());
        return StreamSupport.stream(chain.path("breaks").spliterator(), false)
                .map(found -> breakAt(found.path("position").asLong(), found.path("key").isNull() ? null
                        : found.path("key").asText(), found.path("problem").asText()))
                .toList();
    }

    private static String breakAt(long position, String key, String problem) {
        return position + " " + key + " " + problem;
    }

    private String ticketAt(long chainPosition) {
        return jdbc.queryForObject("select ticket from mf_archive_record where chain_position = ?", String.class,
                chainPosition);
    }

    private Map<String, Object> row(String key) {
        return jdbc.queryForMap("select id, ticket, content, sha256, archived_at, chain_position, previous_sha256,"
                + " chain_sha256 from mf_archive_record where ticket = ?", key);
    }

    /** The middle character swapped for another (an 'a' becomes a 'b', anything else becomes an 'a'). */
    private static String changeOneCharacter(String text) {
        int middle = text.length() / 2;
        char changed = text.charAt(middle) == 'a' ? 'b' : 'a';
        return text.substring(0, middle) + changed + text.substring(middle + 1);
    }

    private void awaitArchive(String key) {
        await().atMost(ARCHIVE_TIMEOUT).until(() -> api.as(Staff.DOC1).get("/api/archive/" + key).status() == 200);
    }
}
