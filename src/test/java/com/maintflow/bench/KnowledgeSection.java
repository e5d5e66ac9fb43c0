package com.maintflow.bench;

import com.maintflow.knowledge.EvaluationSet;
import com.maintflow.knowledge.KnowledgeEvaluation;
import com.maintflow.knowledge.KnowledgeIndex;
import com.maintflow.knowledge.KnowledgeSettings.Analysis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;

/**
 * The knowledge base: search quality on the evaluation set per analysis (recall@1, recall@5, MRR), then the same
 * with {@code articles} in the index (generated from the set's sentences under other systems, written by JDBC and
 * indexed by the mass indexer, whose time is the recovery time of a lost index), and search latency per analysis at
 * that size, each report searched as a suggestion is (report text, report's system, top 5).
 */
final class KnowledgeSection {

    private static final String GENERATED = "GEN-";

    private final String label;
    private final BeanFactory beans;
    private final DataSource dataSource;
    private final int articles;
    private final int queries;

    KnowledgeSection(String label, BeanFactory beans, DataSource dataSource, int articles, int queries) {
        this.label = label;
        this.beans = beans;
        this.dataSource = dataSource;
        this.articles = articles;
        this.queries = queries;
    }

    Map<String, Object> run() throws SQLException {
        var set = EvaluationSet.load();
        var evaluation = KnowledgeEvaluation.in(beans);
        var ids = evaluation.publish(set);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("evaluationArticles", set.articles().size());
        result.put("evaluationQueries", set.queries().size());
        Map<String, Object> clean = new LinkedHashMap<>();
        for (Analysis analysis : Analysis.values()) {
            clean.put(analysis.name(), evaluation.measure(set, ids, analysis).asMap());
        }
        result.put("quality", clean);
        Progress.say(label + " knowledge quality measured on " + set.queries().size() + " reports");

        int generated = Math.max(0, articles - set.articles().size());
        generate(set, generated);
        long begin = System.nanoTime();
        var reindexed = beans.getBean(KnowledgeIndex.class).rebuild();
        result.put("indexedArticles", reindexed.articles());
        result.put("reindexSeconds", (System.nanoTime() - begin) / 1e9);
        Progress.say(String.format("%s knowledge index rebuilt: %,d articles in %.1f s", label, reindexed.articles(),
                (System.nanoTime() - begin) / 1e9));

        Map<String, Object> large = new LinkedHashMap<>();
        for (Analysis analysis : Analysis.values()) {
            Map<String, Object> measured = new LinkedHashMap<>(evaluation.measure(set, ids, analysis).asMap());
            measured.remove("missesAt5");
            int[] next = {0};
            var latencies = Latencies.sample(queries, 60_000_000_000L, () ->
                    evaluation.searchOnce(set.queries().get(next[0]++ % set.queries().size()), analysis));
            measured.put("searches", latencies.count());
            measured.put("p50Millis", latencies.medianMillis());
            measured.put("p95Millis", latencies.percentileMillis(0.95));
            large.put(analysis.name(), measured);
            Progress.say(String.format("%s knowledge search %s at %,d articles: p95 %.1f ms", label, analysis,
                    reindexed.articles(), latencies.percentileMillis(0.95)));
        }
        result.put("atSize", large);
        return result;
    }

    /**
     * {@code count} articles recombined from the set's sentences (symptoms of one, cause of another, solution of a
     * third) under made-up systems, so the index has the vocabulary of real faults at a realistic size.
     */
    private void generate(EvaluationSet set, int count) throws SQLException {
        List<EvaluationSet.Article> source = set.articles();
        int n = source.size();
        var progress = Progress.of(label + " knowledge articles generated", count);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var delete = connection.prepareStatement("DELETE FROM mf_knowledge_article WHERE ticket LIKE ?")) {
                delete.setString(1, GENERATED + "%");
                delete.executeUpdate();
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mf_knowledge_article (title,"
                    + " affected_system, service_kind, maintenance_type, symptoms, root_cause, solution, ticket,"
                    + " engineer, status, published_at, updated_at, updated_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'eng1', 'PUBLISHED', ?, ?, 'bench')")) {
                for (int i = 0; i < count; i++) {
                    var a = source.get(i % n);
                    var b = source.get((i * 7 + 3) % n);
                    var c = source.get((i * 13 + 5) % n);
                    insert.setString(1, a.title() + " 变体" + i);
                    insert.setString(2, "GEN-SYS-" + (i % 40));
                    insert.setString(3, a.serviceKind());
                    insert.setString(4, a.maintenanceType());
                    insert.setString(5, a.symptoms() + " " + b.symptoms());
                    insert.setString(6, b.rootCause());
                    insert.setString(7, c.solution() + " 参考 KB" + i);
                    insert.setString(8, String.format(GENERATED + "%07d", i));
                    insert.setTimestamp(9, now);
                    insert.setTimestamp(10, now);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        connection.commit();
                        progress.at(i + 1L);
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }
}
