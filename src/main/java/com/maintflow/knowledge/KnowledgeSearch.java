package com.maintflow.knowledge;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds published articles similar to a text, matched in the search index (the hits' current text is then loaded
 * from the database): any meaning-bearing word, bigram or product code of the text may match; title matches count
 * double and codes triple; articles of the same system rank higher when a system is given (suggestions, not the
 * API). Best first.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSearch {

    public static final int MAX_LIMIT = 50;
    /**
     * Only the start of a long text is matched: each token becomes a clause, Lucene allows 1024 per query, and a
     * fault's gist is in its first sentences.
     */
    static final int QUERY_CHARS = 200;

    /** One article found, with its relevance score. */
    public record Hit(long id, String title, String ticket, String system, String rootCause, String solution,
                      float score) {
    }

    private final EntityManager entityManager;
    private final KnowledgeSettings settings;

    KnowledgeSearch(EntityManager entityManager, KnowledgeSettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    public List<Hit> search(String text, int limit) {
        return search(text, Optional.empty(), limit, settings.analysis());
    }

    /** Like {@link #search(String, int)}, preferring articles of {@code system}. */
    public List<Hit> similarTo(String text, String system, int limit) {
        return search(text, Optional.ofNullable(system), limit, settings.analysis());
    }

    /** With a given analysis (the benchmark compares them on one index). */
    List<Hit> search(String text, Optional<String> system, int limit, KnowledgeSettings.Analysis analysis) {
        String query = text.length() <= QUERY_CHARS ? text : text.substring(0, QUERY_CHARS);
        if (query.isBlank()) {
            return List.of();
        }
        return Search.session(entityManager).search(Article.class)
                .select(f -> f.composite().from(f.entity(Article.class), f.score())
                        .as((article, score) -> new Hit(article.getId(), article.getTitle(), article.getTicket(),
                                article.getSystem(), article.getRootCause(), article.getSolution(), score)))
                .where(f -> f.bool(b -> {
                    b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
                    // Any one of the analyses may match; a bool of only "should" clauses needs at least one.
                    b.must(f.bool(any -> matches(f, query, analysis).forEach(any::should)));
                    system.filter(s -> !s.isBlank()).ifPresent(s ->
                            b.should(f.match().field("system").matching(s.strip()).boost(0.5f)));
                }))
                .fetchHits(Math.min(limit, MAX_LIMIT));
    }

    private static List<SearchPredicate> matches(SearchPredicateFactory f, String query,
                                                 KnowledgeSettings.Analysis analysis) {
        List<SearchPredicate> matches = new ArrayList<>();
        if (analysis != KnowledgeSettings.Analysis.BIGRAMS) {
            matches.add(f.match().field("title").boost(2f).field("body").matching(query).toPredicate());
        }
        if (analysis != KnowledgeSettings.Analysis.WORDS) {
            matches.add(f.match().field("title_bigram").boost(2f).field("body_bigram").matching(query).toPredicate());
        }
        matches.add(f.match().field("codes").matching(query).boost(3f).toPredicate());
        return matches;
    }
}
