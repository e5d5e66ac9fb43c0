package com.maintflow.customer;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed customers, contacts, contracts or the roster, and who made it. */
@Entity
@Table(name = "mf_revision")
@RevisionEntity(ChangeRevisionActor.class)
public class ChangeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    private long revisionAt;

    private String actor;

    void setActor(String actor) {
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return Instant.ofEpochMilli(revisionAt);
    }

    public String getActor() {
        return actor;
    }
}
