package com.maintflow.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.BeanFactory;

/**
 * Measures search quality on an {@link EvaluationSet} with the application's real index and query: the set's
 * articles are published, then each fault report is searched as a suggestion is (report text, report's system),
 * and the rank of the article that solves it is noted. Shared by the quality test and the benchmark.
 */
public final class KnowledgeEvaluation {

    /** How deep a rank still counts for the mean reciprocal rank. */
    static final int DEPTH = 10;

    /** Recall at 1 and 5 and mean reciprocal rank (within {@value #DEPTH}) of one analysis, and the misses at 5. */
    public record Quality(KnowledgeSettings.Analysis analysis, int queries, double recallAt1, double recallAt5,
                          double meanReciprocalRank, List<String> missesAt5) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("queries", queries);
            map.put("recallAt1", recallAt1);
            map.put("recallAt5", recallAt5);
            map.put("mrr", meanReciprocalRank);
            map.put("missesAt5", missesAt5);
            return map;
        }
    }

    private final ArticleRepository articles;
    private final KnowledgeSearch search;

    private KnowledgeEvaluation(ArticleRepository articles, KnowledgeSearch search) {
        this.articles = articles;
        this.search = search;
    }

    public static KnowledgeEvaluation in(BeanFactory beans) {
        return new KnowledgeEvaluation(beans.getBean(ArticleRepository.class), beans.getBean(KnowledgeSearch.class));
    }

    /** Publishes the set's articles (each committed and indexed); returns article id by the set's key. */
    public Map<String, Long> publish(EvaluationSet set) {
        Map<String, Long> ids = new HashMap<>();
        for (var article : set.articles()) {
            var saved = articles.save(new Article(article.content().normalized(), KnowledgeFixtures.madeUpTicket(),
                    "eng1", Instant.now()));
            ids.put(article.key(), saved.getId());
        }
        return ids;
    }

    public Quality measure(EvaluationSet set, Map<String, Long> ids, KnowledgeSettings.Analysis analysis) {
        int atOne = 0;
        int atFive = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        for (var query : set.queries()) {
            int rank = rankOf(ids.get(query.expected()), query, analysis);
            atOne += rank == 1 ? 1 : 0;
            atFive += rank >= 1 && rank <= 5 ? 1 : 0;
            reciprocal += rank >= 1 ? 1.0 / rank : 0;
            if (rank < 1 || rank > 5) {
                misses.add(query.id() + (rank < 1 ? " (not in top " + DEPTH + ")" : " (rank " + rank + ")"));
            }
        }
        int n = set.queries().size();
        return new Quality(analysis, n, (double) atOne / n, (double) atFive / n, reciprocal / n, misses);
    }

    /** Times one search as a suggestion makes it (for the latency measurement). */
    public void searchOnce(EvaluationSet.Query query, KnowledgeSettings.Analysis analysis) {
        search.search(query.report(), Optional.ofNullable(query.system()), 5, analysis);
    }

    /** 1-based rank of {@code expected} among the first {@value #DEPTH} hits, 0 when absent. */
    private int rankOf(Long expected, EvaluationSet.Query query, KnowledgeSettings.Analysis analysis) {
        if (expected == null) {
            throw new IllegalStateException(query.id() + " expects " + query.expected() + ", no article of the set");
        }
        var hits = search.search(query.report(), Optional.ofNullable(query.system()), DEPTH, analysis);
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id() == expected) {
                return i + 1;
            }
        }
        return 0;
    }
}
