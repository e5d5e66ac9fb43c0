package com.maintflow.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Settings under {@code maintflow.knowledge}: which Chinese analysis search queries ({@code WORDS}, {@code BIGRAMS}
 * or {@code BOTH}; both are always indexed, so switching needs no reindex; measured in docs/knowledge.md) and how
 * many similar solved faults task forms and the ticket page suggest.
 */
@ConfigurationProperties("maintflow.knowledge")
public record KnowledgeSettings(
        @DefaultValue("BIGRAMS") Analysis analysis,
        @DefaultValue("5") int suggestions) {

    /** Which indexed fields a search matches. */
    public enum Analysis {
        WORDS, BIGRAMS, BOTH
    }

    public KnowledgeSettings {
        if (suggestions < 1 || suggestions > KnowledgeSearch.MAX_LIMIT) {
            throw new IllegalStateException("maintflow.knowledge.suggestions must be between 1 and "
                    + KnowledgeSearch.MAX_LIMIT);
        }
    }

    @Configuration
    @EnableConfigurationProperties(KnowledgeSettings.class)
    static class Binding {
    }
}
