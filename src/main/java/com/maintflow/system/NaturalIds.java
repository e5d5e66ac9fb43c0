package com.maintflow.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Loads an entity by its {@code @NaturalId} (a ticket number, a ticket and clock) through Hibernate's natural-id
 * API instead of a query. Why: one engine step looks the same request and clocks up many times (listeners,
 * delegates, mail details); a query goes to the database every time, after an automatic flush, while a natural-id
 * load answers from the transaction's persistence context once the entity is there. Profiled: the request and clock
 * look-ups were 16 % of MaintFlow's full flow (docs/benchmarks.md). Call inside a transaction: outside one the
 * shared EntityManager has no session to keep the entity in.
 */
@Component
public class NaturalIds {

    @PersistenceContext
    private EntityManager entityManager;

    public <T> Optional<T> find(Class<T> type, Object naturalId) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(type).loadOptional(naturalId);
    }

    public <T> Optional<T> find(Class<T> type, Map<String, Object> naturalId) {
        var access = entityManager.unwrap(Session.class).byNaturalId(type);
        naturalId.forEach(access::using);
        return access.loadOptional();
    }
}
