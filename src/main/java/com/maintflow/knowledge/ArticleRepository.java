package com.maintflow.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Knowledge articles; search goes through the index ({@link KnowledgeSearch}), not through here. */
interface ArticleRepository extends JpaRepository<Article, Long> {

    boolean existsByTicket(String ticket);

    /** The articles folded into {@code id}, oldest first. */
    List<Article> findByMergedIntoOrderById(Long id);

    long countByStatus(ArticleStatus status);
}
