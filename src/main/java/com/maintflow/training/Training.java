package com.maintflow.training;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A training under a contract, keyed by its number (= business key): plan, attendees, sessions, evaluations. */
@Entity
@Table(name = "mf_training")
public class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String trainingNumber;
    private String contractNumber;
    private String customerName;
    private String site;
    private LocalDate startDate;
    private int days;
    private String content;

    @Enumerated(EnumType.STRING)
    private TrainingStatus status;

    private String processInstanceId;
    /** Camunda user ids of the instructors, comma-separated. */
    private String instructors;
    private String logistics;
    private Instant materialsReadyAt;
    private String materialsReadyBy;
    private Instant createdAt;
    private Instant closedAt;

    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<Attendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<TrainingSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("attendeeSeq")
    private List<TrainingEvaluation> evaluations = new ArrayList<>();

    protected Training() {
    }

    Training(String trainingNumber, String contractNumber, String customerName, TrainingCommand command,
             Instant createdAt, String processInstanceId) {
        this.trainingNumber = trainingNumber;
        this.contractNumber = contractNumber;
        this.customerName = customerName;
        this.site = command.site().strip();
        this.startDate = command.startDate();
        this.days = command.days();
        this.content = command.content().strip();
        this.createdAt = createdAt;
        this.processInstanceId = processInstanceId;
        this.status = TrainingStatus.REQUESTED;
        replaceAttendees(command);
    }

    /** Replaces the attendee list (before the start only, checked by the service); registrations kept by e-mail. */
    void replaceAttendees(TrainingCommand command) {
        List<Attendee> old = List.copyOf(attendees);
        attendees.clear();
        int seq = old.stream().mapToInt(Attendee::getSeq).max().orElse(0);
        for (var role : Attendee.Role.values()) {
            var list = role == Attendee.Role.ADMINISTRATOR ? command.administrators() : command.operators();
            for (var person : list == null ? List.<TrainingCommand.Person>of() : list) {
                var same = old.stream().filter(a -> a.getEmail().equalsIgnoreCase(person.email().strip()))
                        .findFirst();
                var attendee = new Attendee(this, same.map(Attendee::getSeq).orElse(++seq), role,
                        person.name().strip(), person.email().strip(), person.phoneOrNull());
                same.map(Attendee::getRegisteredAt).ifPresent(attendee::register);
                attendees.add(attendee);
            }
        }
        attendees.sort(java.util.Comparator.comparingInt(Attendee::getSeq));
    }

    void plan(List<String> instructorIds, String logistics, List<SessionPlan> plans) {
        advanceTo(TrainingStatus.PLANNED);
        this.instructors = String.join(",", instructorIds);
        this.logistics = logistics;
        sessions.clear();
        for (int i = 0; i < plans.size(); i++) {
            sessions.add(new TrainingSession(this, i + 1, plans.get(i)));
        }
    }

    void materialsReady(String by, Instant at) {
        advanceTo(TrainingStatus.MATERIALS_READY);
        this.materialsReadyBy = by;
        this.materialsReadyAt = at;
    }

    void evaluating() {
        advanceTo(TrainingStatus.EVALUATING);
    }

    void evaluate(int attendee, int content, int instructor, int organisation, String comments, Instant at) {
        evaluations.add(new TrainingEvaluation(this, attendee, content, instructor, organisation, comments, at));
    }

    void close(Instant at) {
        advanceTo(TrainingStatus.CLOSED);
        this.closedAt = at;
    }

    private void advanceTo(TrainingStatus next) {
        if (status == TrainingStatus.CLOSED) {
            throw new IllegalStateException("Training " + trainingNumber + " is closed and cannot move to " + next);
        }
        this.status = next;
    }

    Optional<Attendee> attendee(int seq) {
        return attendees.stream().filter(a -> a.getSeq() == seq).findFirst();
    }

    Optional<TrainingSession> session(int seq) {
        return sessions.stream().filter(s -> s.getSeq() == seq).findFirst();
    }

    boolean hasEvaluated(int attendee) {
        return evaluations.stream().anyMatch(e -> e.getAttendeeSeq() == attendee);
    }

    public List<String> getInstructors() {
        return instructors == null || instructors.isBlank() ? List.of() : Arrays.asList(instructors.split(","));
    }

    public String getTrainingNumber() { return trainingNumber; }
    public String getContractNumber() { return contractNumber; }
    public String getCustomerName() { return customerName; }
    public String getSite() { return site; }
    public LocalDate getStartDate() { return startDate; }
    public int getDays() { return days; }
    public String getContent() { return content; }
    public TrainingStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getLogistics() { return logistics; }
    public Instant getMaterialsReadyAt() { return materialsReadyAt; }
    public String getMaterialsReadyBy() { return materialsReadyBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
    public List<Attendee> getAttendees() { return List.copyOf(attendees); }
    public List<TrainingSession> getSessions() { return List.copyOf(sessions); }
    public List<TrainingEvaluation> getEvaluations() { return List.copyOf(evaluations); }
}
