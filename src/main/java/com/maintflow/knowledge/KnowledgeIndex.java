package com.maintflow.knowledge;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The search index is derived from {@code mf_knowledge_article} and can always be rebuilt from it with Hibernate
 * Search's mass indexer: on request ({@code POST /api/knowledge/reindex}), at start-up with
 * {@code --maintflow.knowledge.reindex} and, by itself, at start-up when the index is empty but articles exist (a
 * lost index directory, a new Elasticsearch cluster, the in-memory index of a test run).
 */
@Component
public class KnowledgeIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

    /** What a rebuild did. */
    public record Reindexed(long articles, long millis) {
    }

    private final EntityManagerFactory entityManagerFactory;

    KnowledgeIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("maintflow.knowledge.reindex")) {
            rebuild();
            return;
        }
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            long indexed = session.search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = entityManager.createQuery("select count(a) from Article a", Long.class).getSingleResult();
            if (indexed == 0 && stored > 0) {
                log.info("Knowledge index is empty but {} articles are stored: rebuilding it", stored);
                rebuild();
            }
        }
    }

    /** Drops and rebuilds the index from the database; searches meanwhile see a partial index. */
    public Reindexed rebuild() {
        Instant start = Instant.now();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            Search.session(entityManager).massIndexer(Article.class).threadsToLoadObjects(2).startAndWait();
            long count = Search.session(entityManager).search(Article.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
            long millis = Duration.between(start, Instant.now()).toMillis();
            log.info("Knowledge index rebuilt: {} articles in {} ms", count, millis);
            return new Reindexed(count, millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the knowledge index", e);
        }
    }
}
