package com.maintflow.knowledge;

import com.maintflow.acceptance.AcceptanceRound;
import com.maintflow.acceptance.Acceptances;
import com.maintflow.customer.ChangeHistory;
import com.maintflow.implementation.MaintenanceRecord;
import com.maintflow.implementation.MaintenanceRecords;
import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes solved faults as articles and applies staff's changes to them, each in one transaction with its index
 * update (Hibernate Search indexes on commit) and its Envers revision.
 */
@Service
@Transactional
public class KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final ArticleRepository articles;
    private final MaintenanceRequests requests;
    private final MaintenanceRecords records;
    private final Acceptances acceptances;
    private final Timeline timeline;
    private final ChangeHistory history;
    private final Actors actors;

    KnowledgeBase(ArticleRepository articles, MaintenanceRequests requests, MaintenanceRecords records,
                  Acceptances acceptances, Timeline timeline, ChangeHistory history, Actors actors) {
        this.articles = articles;
        this.requests = requests;
        this.records = records;
        this.acceptances = acceptances;
        this.timeline = timeline;
        this.history = history;
        this.actors = actors;
    }

    /**
     * The archived request's accepted maintenance record as a published article, unless the engineer kept it out,
     * no round was accepted (no maintenance, quote declined) or the request already has its article.
     */
    void publishFrom(String ticket) {
        if (articles.existsByTicket(ticket)) {
            return;
        }
        Optional<MaintenanceRecord> accepted = acceptedRecord(ticket);
        if (accepted.isEmpty()) {
            return;
        }
        MaintenanceRecord record = accepted.get();
        if (record.isKeptOutOfKnowledgeBase()) {
            log.info("Request {}: round {} kept out of the knowledge base by {}", ticket, record.getRoundNumber(),
                    record.getEngineer());
            return;
        }
        MaintenanceRequest request = requests.byTicket(ticket);
        var content = new ArticleContent(clip(request.getTitle(), 200), request.getSystem(),
                request.getServiceKind(), request.getMaintenanceType(), clip(symptomsOf(request), 4000),
                record.getRootCause(), record.getSolution()).normalized();
        var article = articles.save(new Article(content, ticket, record.getEngineer(), actors.now()));
        timeline.append(ticket, "KNOWLEDGE_PUBLISHED", Actors.SYSTEM,
                "知识库 / Knowledge article " + article.getId() + " published from round " + record.getRoundNumber());
        log.info("Request {}: knowledge article {} published", ticket, article.getId());
    }

    /** The record of the round the customer accepted (the last accepted one, should there be several). */
    private Optional<MaintenanceRecord> acceptedRecord(String ticket) {
        Optional<Integer> round = acceptances.roundsOf(ticket).stream().filter(AcceptanceRound::isAccepted)
                .map(AcceptanceRound::getRoundNumber).reduce((first, second) -> second);
        return round.flatMap(number -> records.of(ticket).stream()
                .filter(record -> record.getRoundNumber() == number).findFirst());
    }

    public Article edit(long id, ArticleContent content) {
        var article = find(id);
        article.edit(content.normalized(), actors.current(), actors.now());
        return article;
    }

    public Article unpublish(long id) {
        var article = find(id);
        article.unpublish(actors.current(), actors.now());
        return article;
    }

    public Article publish(long id) {
        var article = find(id);
        article.publish(actors.current(), actors.now());
        return article;
    }

    /** Folds article {@code id} into {@code targetId} (a duplicate of the same fault); returns the target. */
    public Article merge(long id, long targetId) {
        var target = find(targetId);
        find(id).mergeInto(target, actors.current(), actors.now());
        return target;
    }

    @Transactional(readOnly = true)
    public Article find(long id) {
        return articles.findById(id).orElseThrow(() -> ArticleProblem.notFound(id));
    }

    /** The articles merged into {@code id}. */
    @Transactional(readOnly = true)
    public List<Article> mergedInto(long id) {
        return articles.findByMergedIntoOrderById(id);
    }

    /** Every revision of the article, oldest first: who changed which field from what to what. */
    @Transactional(readOnly = true)
    public List<ChangeHistory.Entry> history(long id) {
        find(id);
        return history.of(Article.class, id, a -> "知识库文章 / Article " + a.getId(),
                a -> ChangeHistory.fields("title", a.getTitle(), "system", a.getSystem(),
                        "serviceKind", a.getServiceKind(), "maintenanceType", a.getMaintenanceType(),
                        "symptoms", a.getSymptoms(), "rootCause", a.getRootCause(), "solution", a.getSolution(),
                        "status", a.getStatus(), "mergedInto", a.getMergedInto()));
    }

    /** What the customer reported; the title when the description is empty. */
    private static String symptomsOf(MaintenanceRequest request) {
        String description = request.getDescription();
        return description == null || description.isBlank() ? request.getTitle() : description;
    }

    private static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
