package com.maintflow.knowledge;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A knowledge article (知识库文章): a solved fault as staff search for it — symptoms as the customer reported them, the
 * root cause and the solution of the accepted maintenance round. Indexed twice for Chinese (words by SmartChinese and
 * CJK bigrams, {@link KnowledgeAnalysis}) plus product codes whole, in the transaction that writes it; every change
 * is kept as an Envers revision.
 */
@Entity
@Audited
@Indexed(index = "knowledge-article")
@Table(name = "mf_knowledge_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = KnowledgeAnalysis.WORDS)
    @FullTextField(name = "title_bigram", analyzer = KnowledgeAnalysis.BIGRAMS)
    private String title;

    @KeywordField(name = "system", normalizer = KnowledgeAnalysis.LOWERCASE)
    @Column(name = "affected_system")
    private String system;

    private String serviceKind;
    private String maintenanceType;
    private String symptoms;
    private String rootCause;
    private String solution;
    private String ticket;
    private String engineer;

    @KeywordField
    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    private Long mergedInto;

    private Instant publishedAt;
    private Instant updatedAt;
    private String updatedBy;

    protected Article() {
    }

    Article(ArticleContent content, String ticket, String engineer, Instant at) {
        write(content, engineer, at);
        this.ticket = ticket;
        this.engineer = engineer;
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = at;
    }

    /** Staff rewrite the text; a merged article is closed, its target is where edits go. */
    void edit(ArticleContent content, String by, Instant at) {
        requireNot(ArticleStatus.MERGED, "edited");
        write(content, by, at);
    }

    void unpublish(String by, Instant at) {
        requireNot(ArticleStatus.MERGED, "unpublished");
        move(ArticleStatus.UNPUBLISHED, by, at);
    }

    void publish(String by, Instant at) {
        requireNot(ArticleStatus.MERGED, "published again");
        move(ArticleStatus.PUBLISHED, by, at);
    }

    /** This article is folded into {@code target}: no longer found, it points there. */
    void mergeInto(Article target, String by, Instant at) {
        requireNot(ArticleStatus.MERGED, "merged again");
        if (Objects.equals(target.id, id) || target.status == ArticleStatus.MERGED) {
            throw ArticleProblem.conflict(id, "cannot be merged into article " + target.id
                    + (target.status == ArticleStatus.MERGED ? ", which is itself merged" : ""));
        }
        this.mergedInto = target.id;
        move(ArticleStatus.MERGED, by, at);
    }

    private void write(ArticleContent content, String by, Instant at) {
        this.title = content.title();
        this.system = content.system();
        this.serviceKind = content.serviceKind();
        this.maintenanceType = content.maintenanceType();
        this.symptoms = content.symptoms();
        this.rootCause = content.rootCause();
        this.solution = content.solution();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void move(ArticleStatus next, String by, Instant at) {
        this.status = next;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void requireNot(ArticleStatus current, String what) {
        if (status == current) {
            throw ArticleProblem.conflict(id, "is " + status + " (into " + mergedInto + ") and cannot be " + what);
        }
    }

    /** Symptoms, cause and solution as one text: what a fault report is compared with. */
    @Transient
    @FullTextField(analyzer = KnowledgeAnalysis.WORDS)
    @FullTextField(name = "body_bigram", analyzer = KnowledgeAnalysis.BIGRAMS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "symptoms")),
            @ObjectPath(@PropertyValue(propertyName = "rootCause")),
            @ObjectPath(@PropertyValue(propertyName = "solution"))})
    public String getBody() {
        return join(symptoms, rootCause, solution);
    }

    /** Every text, for product codes and version numbers matched whole (ERR-1042, V3.2.1). */
    @Transient
    @FullTextField(analyzer = KnowledgeAnalysis.CODES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "symptoms")),
            @ObjectPath(@PropertyValue(propertyName = "rootCause")),
            @ObjectPath(@PropertyValue(propertyName = "solution"))})
    public String getCodes() {
        return join(title, symptoms, rootCause, solution);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSystem() {
        return system;
    }

    public String getServiceKind() {
        return serviceKind;
    }

    public String getMaintenanceType() {
        return maintenanceType;
    }

    public String getSymptoms() {
        return symptoms;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getSolution() {
        return solution;
    }

    public String getTicket() {
        return ticket;
    }

    public String getEngineer() {
        return engineer;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
