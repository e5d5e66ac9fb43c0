package com.maintflow.training;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One session of a training (date, time, room) and its sign-in sheet: who attended, confirmed once by an instructor
 * with their own login; a confirmed sheet cannot be changed.
 */
@Entity
@Table(name = "mf_training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "training_id")
    private Training training;

    private int seq;
    private LocalDate sessionDate;
    private String startTime;
    private String endTime;
    private String room;
    /** Attendee numbers, comma-separated, as confirmed. */
    private String attended;
    private String confirmedBy;
    private Instant confirmedAt;

    protected TrainingSession() {
    }

    TrainingSession(Training training, int seq, SessionPlan plan) {
        this.training = training;
        this.seq = seq;
        this.sessionDate = plan.date();
        this.startTime = plan.start().toString();
        this.endTime = plan.end().toString();
        this.room = plan.room();
    }

    void confirm(List<Integer> attendees, String instructor, Instant at) {
        if (confirmedAt != null) {
            throw new SheetAlreadyConfirmedException(training.getTrainingNumber(), seq);
        }
        this.attended = attendees.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.confirmedBy = instructor;
        this.confirmedAt = at;
    }

    public boolean isConfirmed() { return confirmedAt != null; }
    public int getSeq() { return seq; }
    public LocalDate getSessionDate() { return sessionDate; }
    public String getStartTime() { return startTime; }
    public String getEndTime() { return endTime; }
    public String getRoom() { return room; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }

    public List<Integer> getAttended() {
        return attended == null || attended.isBlank() ? List.of()
                : Arrays.stream(attended.split(",")).map(Integer::valueOf).toList();
    }

    /** "2026-05-11 09:00-12:00 培训室 A". */
    public String line() {
        return sessionDate + " " + startTime + "-" + endTime + " " + room;
    }
}
