package com.maintflow.training;

import jakarta.persistence.*;
import java.time.Instant;

/** One attendee's evaluation: content, instructor and organisation from 1 (worst) to 5 (best), and comments. */
@Entity
@Table(name = "mf_training_evaluation")
public class TrainingEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "training_id")
    private Training training;

    private int attendeeSeq;
    private int contentScore;
    private int instructorScore;
    private int organisationScore;
    private String comments;
    private Instant answeredAt;

    protected TrainingEvaluation() {
    }

    TrainingEvaluation(Training training, int attendeeSeq, int content, int instructor, int organisation,
                       String comments, Instant answeredAt) {
        this.training = training;
        this.attendeeSeq = attendeeSeq;
        this.contentScore = content;
        this.instructorScore = instructor;
        this.organisationScore = organisation;
        this.comments = comments;
        this.answeredAt = answeredAt;
    }

    public int getAttendeeSeq() { return attendeeSeq; }
    public int getContentScore() { return contentScore; }
    public int getInstructorScore() { return instructorScore; }
    public int getOrganisationScore() { return organisationScore; }
    public String getComments() { return comments; }
    public Instant getAnsweredAt() { return answeredAt; }
}
