package com.maintflow.knowledge;

import com.maintflow.intake.RequestArchived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An archived request's solved fault becomes an article in the archiving transaction: archived and published, or
 * neither (the archive step is retried as a whole).
 */
@Component
class ArticlePublisher {

    private final KnowledgeBase knowledgeBase;

    ArticlePublisher(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @EventListener
    void on(RequestArchived archived) {
        knowledgeBase.publishFrom(archived.ticket());
    }
}
